package dev.guildsync.core.guild;

/** What happened to one guild in a run. */
public enum GuildSyncOutcome {
  /** A roster was received and changed something. */
  UPDATED,
  /** A 304, or a roster that changed nothing: only sync times (and miss counters) moved. */
  UNCHANGED,
  /** Battle.net does not serve the guild: marked unavailable, everything kept (G7). */
  NOT_FOUND,
  /** The fetch failed or the roster was empty for a guild with members: backed off (G3, G7). */
  FAILED,
  /** The roster's Battle.net id is held by another local guild: nothing written (G1). */
  DUPLICATE,
  /** The lease expired and another run claimed the guild: nothing written. */
  LEASE_LOST,
  /** The guild was deleted during the sync: nothing written. */
  DELETED
}
