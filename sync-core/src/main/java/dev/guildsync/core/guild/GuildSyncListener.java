package dev.guildsync.core.guild;

import dev.guildsync.core.SyncException;

/**
 * Hears a guild sync run's progress, for progress bars, logs and metrics. Every method has an empty
 * default. Methods are called from the thread that runs the sync, one at a time; an exception
 * thrown by a listener is logged and otherwise ignored, so it cannot break a run.
 */
public interface GuildSyncListener {

  /** A batch of {@code guilds} was claimed; {@code batch} counts from 1. */
  default void batchStarted(int batch, int guilds) {}

  /** One guild's outcome, after it was saved. */
  default void guildSynced(GuildOutcome outcome) {}

  /** A batch was done; {@code totals} covers the run so far. */
  default void batchFinished(int batch, GuildSyncReport totals) {}

  /** A batch failed; its guilds not yet saved were released and the run ends with {@code error}. */
  default void batchFailed(int batch, SyncException error) {}
}
