package dev.guildsync.example;

import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the real command-line entry point and captures what it prints. */
public record Cli(int exitCode, String out, String err) {

  public static Cli run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GuildsyncCli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }

  /** {@code sync} against {@code db} and {@code simulator}, with {@code more} options. */
  public static Cli sync(
      Map<String, String> env, EmbeddedDatabase db, BattleNetSimulator simulator, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "sync",
                "--jdbc-url",
                db.jdbcUrl(),
                "--db-user",
                db.user(),
                "--api-base-url",
                simulator.baseUrl().toString(),
                "--oauth-token-url",
                simulator.tokenUrl().toString()));
    args.addAll(List.of(more));
    return run(env, args.toArray(String[]::new));
  }

  public static Cli run(String... args) {
    return run(Map.of(), args);
  }
}
