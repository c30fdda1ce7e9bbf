package dev.guildsync.example;

/** The phases of one sync run, in the order they run: {@code --only guilds|characters}. */
public enum Phase {
  /** Rosters: members, ranks, the guilds' Battle.net ids; creates and links members. */
  GUILDS,
  /** Profiles: level, class, guild link, and the rest of each character. */
  CHARACTERS
}
