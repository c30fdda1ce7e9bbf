package dev.guildsync.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One {@code run --every} of the soak: the example app in a child JVM, as a deployment runs it,
 * that can be killed with SIGKILL and started again, and sampled from outside: live heap (after a
 * GC forced with {@code jcmd}), threads and open file descriptors (sockets included) from {@code
 * /proc}. Not thread-safe: the soak's one thread drives it.
 */
final class SoakInstance implements AutoCloseable {
  private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

  /** One sample of the process; -1 where the platform could not tell. */
  record Sample(long heapAfterGcBytes, long threads, long fileDescriptors) {}

  private final String name;
  private final List<String> command;
  private final Path log;
  private Process process;

  SoakInstance(String name, List<String> arguments, Path log) {
    this.name = name;
    this.log = log;
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SharedQuotaBench.APP_MAIN_CLASS);
    command.addAll(arguments);
    this.command = List.copyOf(command);
  }

  String name() {
    return name;
  }

  void start() throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("BNET_CLIENT_ID", BenchCommand.CLIENT_ID);
    builder.environment().put("BNET_CLIENT_SECRET", BenchCommand.CLIENT_SECRET);
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = builder.start();
  }

  /** SIGKILL: nothing released, as a crashed pod. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  /** Lines of its output that contain {@code text}. */
  long linesContaining(String text) throws IOException {
    try (Stream<String> lines = Files.lines(log)) {
      return lines.filter(l -> l.contains(text)).count();
    }
  }

  Sample sample() throws IOException, InterruptedException {
    long pid = process.pid();
    jcmd(pid, "GC.run");
    long heap =
        jcmd(pid, "GC.heap_info")
            .map(HEAP_USED::matcher)
            .filter(Matcher::find)
            .map(m -> Long.parseLong(m.group(1)) * 1024)
            .orElse(-1L);
    Path proc = Path.of("/proc", Long.toString(pid));
    long threads = -1;
    long fds = -1;
    if (Files.isDirectory(proc)) {
      try (Stream<String> status = Files.lines(proc.resolve("status"))) {
        threads =
            status
                .filter(l -> l.startsWith("Threads:"))
                .map(l -> Long.parseLong(l.substring("Threads:".length()).trim()))
                .findFirst()
                .orElse(-1L);
      }
      try (Stream<Path> open = Files.list(proc.resolve("fd"))) {
        fds = open.count();
      }
    }
    return new Sample(heap, threads, fds);
  }

  private static Optional<String> jcmd(long pid, String what)
      throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return Optional.empty();
    }
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), what)
            .redirectErrorStream(true)
            .start();
    byte[] output = p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0
        ? Optional.of(new String(output, java.nio.charset.StandardCharsets.UTF_8))
        : Optional.empty();
  }

  /** SIGTERM, as a deployment stops it: it releases its batch and exits 0. */
  @Override
  public void close() {
    if (alive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
