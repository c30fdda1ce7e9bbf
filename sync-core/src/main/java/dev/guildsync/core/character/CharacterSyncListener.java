package dev.guildsync.core.character;

import dev.guildsync.core.SyncException;

/**
 * Hears a run's progress, for progress bars, logs and metrics. Every method has an empty default.
 * Methods are called from the thread that runs the sync, one at a time; an exception thrown by a
 * listener is logged and otherwise ignored, so it cannot break a run.
 */
public interface CharacterSyncListener {

  /** A batch of {@code characters} was claimed; {@code batch} counts from 1. */
  default void batchStarted(int batch, int characters) {}

  /** One character's outcome, after its batch was saved. */
  default void characterSynced(CharacterOutcome outcome) {}

  /** A batch was saved; {@code totals} covers the run so far. */
  default void batchFinished(int batch, CharacterSyncReport totals) {}

  /** A batch could not be saved; nothing of it was written and the run ends with {@code error}. */
  default void batchFailed(int batch, SyncException error) {}
}
