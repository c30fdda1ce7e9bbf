package dev.guildsync.core.character;

/** What the character sync does with a guild that profiles name but no local guild tracks (G9). */
public enum UntrackedGuildPolicy {
  /**
   * Write {@code guild_id} NULL and list the guild in the report, so the caller can register it.
   */
  REPORT,
  /**
   * Also register the guild (region, Battle.net id, name, realm slug) through a {@link
   * dev.guildsync.core.character.GuildRegistryPort}, race-free, before the batch is saved, so its
   * characters are linked in the same save and the guild is due for a guild sync.
   */
  REGISTER
}
