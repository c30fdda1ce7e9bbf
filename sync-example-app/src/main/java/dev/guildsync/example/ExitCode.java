package dev.guildsync.example;

import dev.guildsync.core.SyncException;
import dev.guildsync.core.outage.BattleNetOutageException;
import picocli.CommandLine;

/**
 * The example app's exit codes, a contract: 0 the run completed (per-character outcomes are in the
 * report); 2 bad usage or configuration; 3 fatal (database unreachable, schema missing, credentials
 * rejected, Battle.net unreachable at the configured host); 4 Battle.net was not answering, so the
 * run stopped early and blamed no item (try again later).
 */
public final class ExitCode {
  /** The run completed. */
  public static final int OK = 0;

  /** Bad usage or configuration. */
  public static final int USAGE = 2;

  /** Database unreachable or schema missing, credentials rejected, Battle.net unreachable. */
  public static final int FATAL = 3;

  /**
   * Battle.net was reached but stopped answering (timeouts, 5xx, throttling, no token): the run
   * stopped early, no item was blamed, and a later run picks up where it stopped.
   */
  public static final int BATTLE_NET_UNAVAILABLE = 4;

  private ExitCode() {}

  /** The exit code for an exception that ended a command. */
  static int of(Throwable e) {
    if (e instanceof BattleNetOutageException outage && !outage.unavailable().unreachable()) {
      return BATTLE_NET_UNAVAILABLE;
    }
    if (e instanceof SyncException) {
      return FATAL;
    }
    if (e instanceof UsageException
        || e instanceof IllegalArgumentException
        || e instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    return FATAL;
  }
}
