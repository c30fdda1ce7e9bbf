package dev.guildsync.bench;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress lines of the bench, on stderr, so stdout holds only the results table. */
final class BenchLog {
  private final PrintWriter err;
  private final long start = System.nanoTime();

  BenchLog(PrintWriter err) {
    this.err = err;
  }

  void progress(String format, Object... args) {
    err.printf(
        Locale.ROOT,
        "[bench %6.1fs] %s%n",
        (System.nanoTime() - start) / 1e9,
        String.format(Locale.ROOT, format, args));
    err.flush();
  }
}
