package dev.guildsync.core.character;

/** What happened to one character in a run. */
public enum CharacterSyncOutcome {
  /** The profile was fetched and written. */
  UPDATED,
  /** Battle.net answered 304: only the sync time moved. */
  UNCHANGED,
  /** Battle.net does not serve the character: marked unavailable, data kept. */
  NOT_FOUND,
  /** The name belongs to another Battle.net character now: marked unavailable, data kept. */
  IDENTITY_CHANGED,
  /** The fetch failed: data kept, retried after a back-off. */
  FAILED,
  /** The lease expired and another run claimed the character: nothing was written. */
  LEASE_LOST,
  /**
   * The status endpoint said valid under the recorded Battle.net id: validated for 30 days more.
   */
  VALIDATED,
  /** The status endpoint said invalid: Battle.net data cleared, row kept as a tombstone. */
  PURGED,
  /** The status endpoint said invalid: the row was deleted. */
  DELETED,
  /** The status endpoint said invalid: marked unavailable and invalidated, data kept. */
  MARKED_INVALID
}
