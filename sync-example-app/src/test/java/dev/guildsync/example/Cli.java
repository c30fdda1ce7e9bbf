package dev.guildsync.example;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the real command-line entry point and captures what it prints. */
public record Cli(int exitCode, String out, String err) {

  public static Cli run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GuildsyncCli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }

  public static Cli run(String... args) {
    return run(Map.of(), args);
  }
}
