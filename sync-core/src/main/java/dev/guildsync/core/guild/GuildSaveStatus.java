package dev.guildsync.core.guild;

/** Whether a store wrote a guild's change. */
public enum GuildSaveStatus {
  /** Written as asked (with the adjustments a {@link GuildSaveResult} lists). */
  WRITTEN,
  /** Nothing written: the lease no longer holds the guild. */
  LEASE_LOST,
  /** Nothing written: the guild was deleted after the claim. */
  GUILD_DELETED,
  /**
   * Nothing of the roster written: another local guild took the roster's Battle.net id after the
   * read; the guild's sync state was written as for {@link GuildChange.Duplicate}.
   */
  DUPLICATE,
  /**
   * Nothing of the roster written: the store could not hold one of its values (say a NUL character
   * in a name); the guild's failure was counted with the store's reason and it waits before its
   * next attempt, as for a failed fetch.
   */
  PARKED
}
