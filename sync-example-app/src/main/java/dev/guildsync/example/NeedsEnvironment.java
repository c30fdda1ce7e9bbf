package dev.guildsync.example;

/** A command that reads secrets from the environment the CLI was started with. */
public interface NeedsEnvironment {
  /** Called once, before the command runs. */
  void environment(Environment environment);
}
