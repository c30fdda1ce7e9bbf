package dev.guildsync.core.character;

/**
 * What happens to a character the profile status endpoint calls invalid (404, {@code is_valid:
 * false}, or another Battle.net id than the one recorded): Blizzard's retention rule says the data
 * held about it must go.
 */
public enum RetentionPolicy {
  /**
   * Every column that came from Battle.net is cleared (profile, guild link, {@code last_modified});
   * the row, its key, its name, its Battle.net id (kept as the tombstone that stops a roster
   * re-creating it) and the application's own columns stay; it is marked unavailable and purged,
   * and its guild memberships are deleted. The default.
   */
  PURGE,
  /** The row is deleted; the application's own foreign keys decide what follows. */
  DELETE,
  /**
   * The row is only marked: unavailable and invalidated, data kept (the application handles it).
   */
  KEEP
}
