package dev.guildsync.example;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The app in a child JVM through its real entry point, its output in a file, for signals. */
final class AppProcess {
  private AppProcess() {}

  /** Starts the app with {@code args}; stdout and stderr go to {@code log}. */
  static Process start(Path log, Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(GuildsyncCli.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    File file = log.toFile();
    builder.redirectErrorStream(true).redirectOutput(file);
    return builder.start();
  }
}
