package dev.guildsync.core;

/**
 * A run was started on a sync service (characters or guilds) while another run of the same instance
 * was in progress. Each sync service runs one run at a time; a second is refused, not queued.
 */
public final class SyncAlreadyRunningException extends SyncException {
  private static final long serialVersionUID = 1L;

  public SyncAlreadyRunningException() {
    super("a sync run is already in progress in this service; runs are refused, not queued");
  }
}
