package dev.guildsync.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the soak sampled, by name, and whether each stayed bounded: the highest value of the second
 * half of the run may exceed the first half's by at most a quarter plus 8 (a series that keeps
 * growing fails it; noise and a restarted instance's warm-up do not). Negative samples (the
 * platform could not tell) are left out. A series added with {@link #report} is printed but not
 * judged. Not thread-safe.
 */
final class SoakSeries {
  private final Map<String, List<long[]>> series = new LinkedHashMap<>();
  private final Set<String> reportedOnly = new HashSet<>();

  void add(String name, long second, long value) {
    if (value >= 0) {
      series.computeIfAbsent(name, n -> new ArrayList<>()).add(new long[] {second, value});
    }
  }

  /** Like {@link #add}, for a series that is printed and not judged. */
  void report(String name, long second, long value) {
    reportedOnly.add(name);
    add(name, second, value);
  }

  /**
   * Prints one line per series: samples, first-half and second-half maxima, the verdict.
   *
   * @return whether every series stayed bounded
   */
  boolean print(PrintWriter out) {
    boolean bounded = true;
    out.printf(
        Locale.ROOT,
        "%-28s %8s %12s %12s %s%n",
        "sampled",
        "samples",
        "max 1st half",
        "max 2nd half",
        "");
    for (Map.Entry<String, List<long[]>> e : series.entrySet()) {
      List<long[]> samples = e.getValue();
      int half = samples.size() / 2;
      long first = max(samples.subList(0, half));
      long second = max(samples.subList(half, samples.size()));
      boolean judged = !reportedOnly.contains(e.getKey());
      boolean ok = half == 0 || second <= first + first / 4 + 8;
      bounded &= ok || !judged;
      out.printf(
          Locale.ROOT,
          "%-28s %8d %12d %12d %s%n",
          e.getKey(),
          samples.size(),
          first,
          second,
          judged ? (ok ? "bounded" : "GROWING") : "(reported)");
    }
    return bounded;
  }

  private static long max(List<long[]> samples) {
    return samples.stream().mapToLong(s -> s[1]).max().orElse(0);
  }
}
