package dev.guildsync.example;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The example app's entry point: {@code demo}, {@code migrate}, {@code track-guild}, {@code
 * untrack-guild}, {@code guilds}, {@code sync}, {@code run} and {@code simulator}.
 *
 * <p>Exit codes: 0 the run completed (per-character outcomes are in the report); 2 bad usage or
 * configuration; 3 fatal (database unreachable, schema missing, credentials rejected, Battle.net
 * unreachable); 4 Battle.net not answering (the run stopped early, no item blamed).
 */
@Command(
    name = "guildsync",
    mixinStandardHelpOptions = true,
    versionProvider = GuildsyncCli.Version.class,
    description = "Keeps a database in step with World of Warcraft characters from Battle.net.",
    subcommands = {
      DemoCommand.class,
      MigrateCommand.class,
      TrackGuildCommand.class,
      UntrackGuildCommand.class,
      GuildsCommand.class,
      SyncCommand.class,
      RunCommand.class,
      SimulatorCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the run completed (per-character outcomes are in the report)",
      "2:bad usage or configuration",
      "3:fatal: database unreachable or schema missing, credentials rejected, Battle.net"
          + " unreachable",
      "4:Battle.net not answering: the run stopped early, no item blamed; try again later"
    })
public final class GuildsyncCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // The simulator and /metrics answer on the JDK's HttpServer: TCP_NODELAY spares each answer
    // ~40 ms (see BattleNetSimulator). A JVM-wide switch, so the program sets it, not the library.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, System.getenv(), out, err));
  }

  /**
   * Runs the command line with the given environment (secrets come from it) and streams.
   *
   * @return the exit code
   */
  public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    Objects.requireNonNull(env, "env");
    CommandLine cli = new CommandLine(new GuildsyncCli(), new EnvFactory(env));
    cli.setOut(out);
    cli.setErr(err);
    cli.registerConverter(Duration.class, new DurationConverter());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    CliErrors.install(cli);
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Missing command: choose one of demo, migrate, track-guild, untrack-guild, guilds, sync,"
            + " run, simulator");
  }

  /** Reads the version from the jar's manifest, falling back to "development". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = GuildsyncCli.class.getPackage().getImplementationVersion();
      return new String[] {
        "guildsync " + (version == null ? "development build" : version),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }

  /** Gives commands the environment the CLI was started with, so tests can pass their own. */
  static final class EnvFactory implements CommandLine.IFactory {
    private final Map<String, String> env;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    EnvFactory(Map<String, String> env) {
      this.env = Map.copyOf(env);
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == Environment.class) {
        return type.cast(new Environment(env));
      }
      K created = fallback.create(type);
      if (created instanceof NeedsEnvironment needs) {
        needs.environment(new Environment(env));
      }
      return created;
    }
  }
}
