package dev.guildsync.example;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * How a command line of this app reports what went wrong, shared by every entry point (the app's
 * and the bench's): a usage error prints its message and exits 2; any other exception prints one
 * line, {@code error: ...} (its stack trace only with {@code --verbose}), and exits with {@link
 * ExitCode}'s code for it.
 */
public final class CliErrors {
  private CliErrors() {}

  /** Sets {@code cli}'s error handlers and exit codes; returns it. */
  public static CommandLine install(CommandLine cli) {
    cli.setParameterExceptionHandler(CliErrors::usageError);
    cli.setExitCodeExceptionMapper(ExitCode::of);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter stderr = commandLine.getErr();
          stderr.println("error: " + oneLine(e));
          if (verbose(parseResult)) {
            e.printStackTrace(stderr);
          }
          stderr.flush();
          return ExitCode.of(e);
        });
    return cli;
  }

  /**
   * A usage error: its message, picocli's suggestions when the word was unknown (a typo: "Did you
   * mean: --stale-after?"), then one line that says where to find the options, never the whole
   * usage, which would scroll the hint away.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter stderr = command.getErr();
    stderr.println(e.getMessage());
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, stderr);
    }
    stderr.println(
        "Run '" + command.getCommandSpec().qualifiedName() + " --help' for every option.");
    stderr.flush();
    return ExitCode.USAGE;
  }

  /** Whether the command that ran (the innermost subcommand) was given {@code --verbose}. */
  private static boolean verbose(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult ran = parseResult;
    while (ran.subcommand() != null) {
      ran = ran.subcommand();
    }
    return ran.hasMatchedOption("--verbose");
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
