package dev.guildsync.bnet;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Captures {@link System.Logger} lines in this test JVM (all levels for guildsync and Methanol),
 * with the thrown exception's messages, so tests can check that no secret is ever logged.
 * Registered through {@code META-INF/services/java.lang.System$LoggerFinder} in the test resources
 * (not shipped in the test-jar).
 */
public final class CapturingLoggerFinder extends System.LoggerFinder {
  private static final ConcurrentLinkedQueue<String> LINES = new ConcurrentLinkedQueue<>();

  /** Every line captured so far. */
  static List<String> lines() {
    return List.copyOf(LINES);
  }

  @Override
  public System.Logger getLogger(String name, Module module) {
    return new Capturing(name);
  }

  private record Capturing(String name) implements System.Logger {
    @Override
    public String getName() {
      return name;
    }

    /**
     * Everything from guildsync and Methanol; INFO and up from the rest, because the JDK's HTTP
     * client logs every frame at debug level when asked.
     */
    @Override
    public boolean isLoggable(Level level) {
      return name.startsWith("dev.guildsync")
          || name.startsWith("com.github.mizosoft")
          || level.getSeverity() >= Level.INFO.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      record(level, msg, thrown);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      String text =
          params == null || params.length == 0 ? format : MessageFormat.format(format, params);
      record(level, text, null);
    }

    @Override
    public void log(Level level, Supplier<String> supplier) {
      record(level, supplier.get(), null);
    }

    private void record(Level level, String message, Throwable thrown) {
      if (!isLoggable(level)) {
        return;
      }
      StringBuilder line = new StringBuilder().append(level).append(' ').append(name).append(' ');
      line.append(message);
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        line.append(" | ").append(t);
      }
      LINES.add(line.toString());
    }
  }
}
