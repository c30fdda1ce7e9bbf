package dev.guildsync.example;

import dev.guildsync.demo.Demo;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the whole story on this machine, with no setup ({@link Demo}), each run summed up
 * as {@code sync} sums up its own.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Runs two character syncs, then a guild's life in guild syncs, on embedded PostgreSQL"
            + " against a built-in Battle.net simulator and explains every outcome. Needs no flags"
            + " and no setup.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws SQLException {
    PrintWriter out = spec.commandLine().getOut();
    return Demo.tell(out, Summary::print) ? ExitCode.OK : ExitCode.FATAL;
  }
}
