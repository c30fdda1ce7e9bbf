package dev.guildsync.core.character;

import dev.guildsync.core.SyncRunFailedException;

/**
 * A character sync run ended early: the batch in progress was not saved; batches before it were.
 * {@link #partialReport()} is what the run did until then.
 */
public final class CharacterSyncFailedException extends SyncRunFailedException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one line naming the batch, the step and the cause
   * @param cause what failed
   * @param partialReport what the run did before it failed
   */
  public CharacterSyncFailedException(
      String message, Throwable cause, CharacterSyncReport partialReport) {
    super(message, cause, partialReport);
  }

  /** What the run did before it failed (the failed batch is not in it). */
  @Override
  public CharacterSyncReport partialReport() {
    return (CharacterSyncReport) super.partialReport();
  }
}
