package dev.guildsync.core;

import dev.guildsync.core.character.CharacterSyncService;

/** A run was started on a {@link CharacterSyncService} while another run of it was in progress. */
public final class SyncAlreadyRunningException extends SyncException {
  private static final long serialVersionUID = 1L;

  public SyncAlreadyRunningException() {
    super("a sync run is already in progress in this service; runs are refused, not queued");
  }
}
