package dev.guildsync.bench;

import dev.guildsync.example.CliErrors;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The bench's entry point, {@code java -jar sync-bench/target/sync-bench.jar [--quick] ...}: the
 * options of {@link BenchCommand}, the example app's exit codes (0 whatever the numbers, 2 bad
 * usage, 3 fatal); with {@code --soak}, 1 when a promise broke (see {@link Soak}).
 */
public final class BenchCli {
  private BenchCli() {}

  public static void main(String[] args) {
    // The simulator answers on the JDK's HttpServer: without TCP_NODELAY each answer waits ~40 ms
    // (see BattleNetSimulator), which would be measured. JVM-wide, so set by the program.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the bench with {@code args}, printing on {@code out} and {@code err}.
   *
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new BenchCommand());
    cli.setOut(out);
    cli.setErr(err);
    CliErrors.install(cli);
    return cli.execute(args);
  }
}
