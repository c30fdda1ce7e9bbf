package dev.guildsync.core;

import java.util.Objects;

/**
 * A run ended early because something every character needs failed: the store, the guild lookup, or
 * the profile source as a whole (e.g. rejected credentials). The batch in progress was not saved;
 * batches before it were. The message names the cause; {@link #getCause()} is it.
 */
public final class SyncRunFailedException extends SyncException {
  private static final long serialVersionUID = 1L;

  private final transient SyncReport partialReport;

  public SyncRunFailedException(String message, Throwable cause, SyncReport partialReport) {
    super(message, cause);
    this.partialReport = Objects.requireNonNull(partialReport, "partialReport");
  }

  /** What the run did before it failed (the failed batch is not in it). */
  public SyncReport partialReport() {
    return partialReport;
  }
}
