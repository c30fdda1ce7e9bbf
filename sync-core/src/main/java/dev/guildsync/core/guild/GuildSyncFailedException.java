package dev.guildsync.core.guild;

import dev.guildsync.core.SyncRunFailedException;

/**
 * A guild sync run ended early: the store or the roster source as a whole failed. Guilds saved
 * before stay saved (each guild is its own transaction); the batch's unsaved guilds were released.
 * {@link #partialReport()} is what the run did until then.
 */
public final class GuildSyncFailedException extends SyncRunFailedException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one line naming the batch, the step and the cause
   * @param cause what failed
   * @param partialReport what the run did before it failed
   */
  public GuildSyncFailedException(String message, Throwable cause, GuildSyncReport partialReport) {
    super(message, cause, partialReport);
  }

  /** What the run did before it failed: every guild saved, the failed batch's included. */
  @Override
  public GuildSyncReport partialReport() {
    return (GuildSyncReport) super.partialReport();
  }
}
