package dev.guildsync.spring;

import dev.guildsync.RunReport;
import dev.guildsync.core.SyncException;
import java.time.Duration;

/**
 * Told about every run of the {@link GuildSyncRunner}, scheduled or started through the endpoint;
 * every bean of this type is told, in order. Called on the thread that ran the run; an exception
 * thrown here is logged and does not affect the run or the other listeners.
 */
public interface GuildSyncRunListener {

  /** A run completed; {@code report} holds what it did. */
  default void runCompleted(RunReport report, Duration took) {}

  /** A run failed as a whole with {@code failure}; what it saved before stays saved. */
  default void runFailed(SyncException failure, Duration took) {}
}
