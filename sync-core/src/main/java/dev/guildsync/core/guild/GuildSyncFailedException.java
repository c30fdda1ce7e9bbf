package dev.guildsync.core.guild;

import dev.guildsync.core.SyncRunFailedException;
import java.util.Objects;

/**
 * A guild sync run ended early: the store or the roster source as a whole failed. Guilds saved
 * before stay saved (each guild is its own transaction); the batch's unsaved guilds were released.
 * {@link #partialReport()} is what the run did until then.
 */
public final class GuildSyncFailedException extends SyncRunFailedException {
  private static final long serialVersionUID = 1L;

  private final transient GuildSyncReport partialReport;

  public GuildSyncFailedException(String message, Throwable cause, GuildSyncReport partialReport) {
    super(message, cause);
    this.partialReport = Objects.requireNonNull(partialReport, "partialReport");
  }

  /** What the run did before it failed: every guild saved, the failed batch's included. */
  public GuildSyncReport partialReport() {
    return partialReport;
  }
}
