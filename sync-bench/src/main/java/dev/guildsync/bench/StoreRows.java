package dev.guildsync.bench;

import static dev.guildsync.bench.BenchReport.decimal;
import static dev.guildsync.bench.BenchReport.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Measurement 1's table rows and JSON: each size's rates, the ratio against the original approach,
 * the share of the set-based floor, and how the cost of a batch changes from 100,000 to 1,000,000
 * characters. Targets apply at 100,000 characters (the largest size when that one was not run).
 */
final class StoreRows {
  /** The ratio against the original approach to reach at each batch size. */
  static final Map<Integer, Double> TARGET_RATIO = Map.of(100, 5.0, 1_000, 8.0);

  /** The share of the set-based floor's rows/s to reach at batch 1000. */
  static final double TARGET_FLOOR_SHARE = 0.70;

  /** How much the cost of a batch may grow from 100,000 to 1,000,000 characters. */
  static final double TARGET_SCALE_RATIO = 1.5;

  private static final long TARGET_SIZE = 100_000;
  private static final long SCALE_SIZE = 1_000_000;

  private StoreRows() {}

  static void report(BenchReport report, List<StoreBench.Result> results) {
    long targeted =
        results.stream().anyMatch(r -> r.characters() == TARGET_SIZE)
            ? TARGET_SIZE
            : results.stream().mapToLong(StoreBench.Result::characters).max().orElse(0);
    List<Map<String, Object>> json = new ArrayList<>();
    for (StoreBench.Result r : results) {
      String n = String.format(Locale.ROOT, "%,d rows", r.characters());
      boolean target = r.characters() == targeted;
      double base = r.baseline().rowsPerSecond();
      report.row(
          BenchReport.STORE, n + ", original (SELECT + UPDATE each, autocommit)", rate(base));
      for (var e : r.library().entrySet()) {
        int batch = e.getKey();
        StoreBench.Side side = e.getValue();
        double lib = side.rowsPerSecond();
        long[] phases = side.phaseNanos();
        String at = n + ", batch " + batch;
        report.row(BenchReport.STORE, n + ", jOOQ adapter, batch " + batch, rate(lib));
        report.row(
            BenchReport.STORE,
            at + ": claim / lookup / save",
            String.format(
                Locale.ROOT,
                "%,.0f / %,.0f / %,.0f ms of %,.0f",
                phases[0] / 1e6,
                phases[1] / 1e6,
                phases[2] / 1e6,
                side.nanos() / 1e6));
        // Like for like with the original, which looked up and wrote each character but claimed
        // nothing: the rate of the lookups and saves alone. Targets are judged on the full rate.
        double writeOnly = r.characters() * 1e9 / (phases[1] + phases[2]);
        report.row(
            BenchReport.STORE,
            at + ": lookups and saves alone (no lease claim)",
            rate(writeOnly) + ", " + decimal(writeOnly / base) + "x");
        Double targetRatio = target ? TARGET_RATIO.get(batch) : null;
        String ratio = decimal(lib / base) + "x";
        if (targetRatio != null) {
          report.row(
              BenchReport.STORE,
              at + ": ratio to the original",
              ratio,
              ">= " + decimal(targetRatio) + "x the original",
              lib / base >= targetRatio);
        } else {
          report.row(BenchReport.STORE, at + ": ratio to the original", ratio);
        }
        double floor = r.floor().get(batch).rowsPerSecond();
        String share = String.format(Locale.ROOT, "%.0f%%", 100 * lib / floor);
        String floorRow = at + ": set-based floor " + rate(floor) + ", adapter's share";
        if (target && batch == 1_000) {
          report.row(
              BenchReport.STORE,
              floorRow,
              share,
              ">= 70% of the floor",
              lib / floor >= TARGET_FLOOR_SHARE);
        } else {
          report.row(BenchReport.STORE, floorRow, share);
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("characters", r.characters());
        line.put("batchSize", batch);
        line.put("libraryRowsPerSecond", lib);
        line.put("baselineRowsPerSecond", base);
        line.put("floorRowsPerSecond", floor);
        line.put("ratio", lib / base);
        line.put("floorShare", lib / floor);
        line.put("libraryMillis", side.nanos() / 1e6);
        line.put("claimMillis", phases[0] / 1e6);
        line.put("claimMillisPerBatch", claimPerBatch(r, batch));
        line.put("lookupMillis", phases[1] / 1e6);
        line.put("saveMillis", phases[2] / 1e6);
        line.put("writeOnlyRowsPerSecond", writeOnly);
        line.put("writeOnlyRatio", writeOnly / base);
        line.put("baselineMillis", r.baseline().nanos() / 1e6);
        line.put("floorMillis", r.floor().get(batch).nanos() / 1e6);
        line.put("sameRows", r.sameRows());
        line.put("targetApplies", targetRatio != null);
        line.put("targetRatio", targetRatio);
        line.put("met", targetRatio == null || lib / base >= targetRatio);
        json.add(line);
      }
      report.row(
          BenchReport.STORE,
          n + ", every side wrote the same rows",
          r.sameRows() ? "yes" : "NO",
          "same rows",
          r.sameRows());
    }
    scale(report, results);
    report.section("storeThroughput", json);
  }

  /** 1,000,000 against 100,000 characters: the cost of a batch must not grow with the table. */
  private static void scale(BenchReport report, List<StoreBench.Result> results) {
    Optional<StoreBench.Result> small = size(results, TARGET_SIZE);
    Optional<StoreBench.Result> large = size(results, SCALE_SIZE);
    if (small.isEmpty() || large.isEmpty()) {
      return;
    }
    for (int batch : small.get().library().keySet()) {
      String at = "1,000,000 vs 100,000 rows, batch " + batch;
      double claimLarge = claimPerBatch(large.get(), batch);
      double claimSmall = claimPerBatch(small.get(), batch);
      double claimRatio = claimLarge / claimSmall;
      report.row(
          BenchReport.STORE,
          at + ": claim per batch",
          String.format(
              Locale.ROOT, "%.1f vs %.1f ms (%sx)", claimLarge, claimSmall, decimal(claimRatio)),
          "within 1.5x",
          claimRatio <= TARGET_SCALE_RATIO);
      double rateSmall = small.get().library().get(batch).rowsPerSecond();
      double rateLarge = large.get().library().get(batch).rowsPerSecond();
      double rateRatio = rateSmall / rateLarge;
      report.row(
          BenchReport.STORE,
          at + ": adapter rows/s",
          rate(rateLarge) + " vs " + rate(rateSmall) + " (" + decimal(rateRatio) + "x)",
          "within 1.5x",
          rateRatio <= TARGET_SCALE_RATIO && 1 / rateRatio <= TARGET_SCALE_RATIO);
    }
  }

  private static Optional<StoreBench.Result> size(List<StoreBench.Result> results, long n) {
    return results.stream().filter(r -> r.characters() == n).findFirst();
  }

  /** The claim's milliseconds per batch (the run's last, empty claim counted as a batch too). */
  private static double claimPerBatch(StoreBench.Result r, int batch) {
    long batches = (r.characters() + batch - 1) / batch + 1;
    return r.library().get(batch).phaseNanos()[0] / 1e6 / batches;
  }

  private static String rate(double rowsPerSecond) {
    return number(rowsPerSecond) + " rows/s";
  }
}
