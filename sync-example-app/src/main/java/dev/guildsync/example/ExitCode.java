package dev.guildsync.example;

import dev.guildsync.core.SyncException;
import picocli.CommandLine;

/**
 * The example app's exit codes, a contract: 0 the run completed (per-character outcomes are in the
 * report); 2 bad usage or configuration; 3 fatal (database unreachable, schema missing, credentials
 * rejected).
 */
public final class ExitCode {
  /** The run completed. */
  public static final int OK = 0;

  /** Bad usage or configuration. */
  public static final int USAGE = 2;

  /** Database unreachable or schema missing, credentials rejected. */
  public static final int FATAL = 3;

  private ExitCode() {}

  /** The exit code for an exception that ended a command. */
  static int of(Throwable e) {
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
