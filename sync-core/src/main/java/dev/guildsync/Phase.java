package dev.guildsync;

/** The phases of one {@link GuildSync} run, in the order they run. */
public enum Phase {
  /** Rosters: members, ranks, the guilds' Battle.net ids; creates and links members. */
  GUILDS,
  /** Profiles: level, class, guild link and the rest of each character, and status checks. */
  CHARACTERS
}
