package dev.guildsync.example;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the database commands ({@code migrate}, {@code sync}, the guild commands) share: the
 * database options, {@code --verbose}, the command's streams and the environment secrets come from.
 */
abstract class DatabaseCommand implements Callable<Integer>, NeedsEnvironment {
  @Mixin DatabaseOptions database;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Spec CommandSpec spec;

  Environment env;

  @Override
  public void environment(Environment environment) {
    this.env = environment;
  }
}
