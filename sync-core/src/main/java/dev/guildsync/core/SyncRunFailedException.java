package dev.guildsync.core;

import java.util.Objects;

/**
 * A run ended early because something every item of it needs failed: the store, a lookup, or the
 * Battle.net client as a whole (e.g. rejected credentials). What the run saved before the failure
 * stays saved. The message names the cause; {@link #getCause()} is it; {@link #partialReport()} is
 * what the run did until then. Each sync throws a subclass whose {@code partialReport()} is its own
 * report type.
 */
public abstract class SyncRunFailedException extends SyncException {
  private static final long serialVersionUID = 1L;

  private final transient PhaseReport partialReport;

  /**
   * @param message one line naming the batch, the step and the cause
   * @param cause what failed
   * @param partialReport what the run did before it failed
   */
  protected SyncRunFailedException(String message, Throwable cause, PhaseReport partialReport) {
    super(message, cause);
    this.partialReport = Objects.requireNonNull(partialReport, "partialReport");
  }

  /** What the run did before it failed. */
  public PhaseReport partialReport() {
    return partialReport;
  }
}
