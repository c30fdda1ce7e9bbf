package dev.guildsync.core;

/**
 * A run ended early because something every item of it needs failed: the store, a lookup, or the
 * Battle.net client as a whole (e.g. rejected credentials). What the run saved before the failure
 * stays saved. The message names the cause; {@link #getCause()} is it. Each sync throws a subclass
 * that also carries what the run did before it failed.
 */
public abstract class SyncRunFailedException extends SyncException {
  private static final long serialVersionUID = 1L;

  protected SyncRunFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
