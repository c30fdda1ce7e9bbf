package dev.guildsync.bench;

import static dev.guildsync.bench.BenchReport.decimal;
import static dev.guildsync.bench.BenchReport.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns each measurement's results into table rows with targets, and into its JSON section. */
final class BenchRows {
  static final double SYNC_TARGET_PER_SECOND = 2_000;
  static final double QUOTA_TARGET_PER_SECOND = 98;
  static final double MEMORY_TARGET_RATIO = 1.5;

  private BenchRows() {}

  static void endToEnd(BenchReport report, List<SyncBench.EndToEnd> runs) {
    List<Map<String, Object>> json = new ArrayList<>();
    for (SyncBench.EndToEnd r : runs) {
      String at =
          String.format(
              Locale.ROOT,
              "%,d chars at %d ms (batch %d, concurrency %d)",
              r.characters(),
              r.latencyMillis(),
              r.batchSize(),
              r.concurrency());
      boolean targeted = r.latencyMillis() == 0;
      String rate = number(r.charactersPerSecond()) + " chars/s";
      if (targeted) {
        report.row(
            BenchReport.END_TO_END,
            at + ": characters/s",
            rate,
            ">= 2,000 chars/s",
            r.charactersPerSecond() >= SYNC_TARGET_PER_SECOND);
      } else {
        report.row(BenchReport.END_TO_END, at + ": characters/s", rate);
      }
      report.row(
          BenchReport.END_TO_END, at + ": requests/s", number(r.requestsPerSecond()) + " req/s");
      report.row(
          BenchReport.END_TO_END,
          at + ": request latency p50 / p99",
          decimal(r.p50Millis()) + " / " + decimal(r.p99Millis()) + " ms");
      report.row(
          BenchReport.END_TO_END,
          at + ": database time share",
          String.format(
              Locale.ROOT,
              "%.0f%% (claim %.0f, lookup %.0f, save %.0f ms)",
              100 * r.databaseShare(),
              r.claimNanos() / 1e6,
              r.lookupNanos() / 1e6,
              r.saveNanos() / 1e6));
      report.row(
          BenchReport.END_TO_END,
          at + ": synced / failed",
          String.format(Locale.ROOT, "%,d / %,d", r.synced(), r.failed()));
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("latencyMillis", r.latencyMillis());
      line.put("characters", r.characters());
      line.put("batchSize", r.batchSize());
      line.put("concurrency", r.concurrency());
      line.put("wallMillis", r.nanos() / 1e6);
      line.put("synced", r.synced());
      line.put("failed", r.failed());
      line.put("charactersPerSecond", r.charactersPerSecond());
      line.put("requests", r.requests());
      line.put("requestsPerSecond", r.requestsPerSecond());
      line.put("p50Millis", r.p50Millis());
      line.put("p99Millis", r.p99Millis());
      line.put("databaseShare", r.databaseShare());
      line.put("claimMillis", r.claimNanos() / 1e6);
      line.put("lookupMillis", r.lookupNanos() / 1e6);
      line.put("saveMillis", r.saveNanos() / 1e6);
      line.put("targetCharactersPerSecond", targeted ? SYNC_TARGET_PER_SECOND : null);
      line.put("met", targeted ? r.charactersPerSecond() >= SYNC_TARGET_PER_SECOND : null);
      json.add(line);
    }
    report.section("endToEnd", json);
  }

  static void quota(BenchReport report, SyncBench.Quota q) {
    String at =
        String.format(
            Locale.ROOT,
            "client %d/s vs simulator %d/s, %,d requests",
            q.perSecond(),
            q.perSecond(),
            q.characters());
    boolean rateMet = q.achievedPerSecond() >= QUOTA_TARGET_PER_SECOND;
    report.row(
        BenchReport.QUOTA,
        at + ": achieved",
        decimal(q.achievedPerSecond()) + " req/s",
        ">= " + decimal(QUOTA_TARGET_PER_SECOND) + " req/s",
        rateMet);
    report.row(BenchReport.QUOTA, "median full second", q.medianFullSecond() + " req");
    report.row(
        BenchReport.QUOTA, "429 answers", Long.toString(q.throttled()), "0", q.throttled() == 0);
    report.row(
        BenchReport.QUOTA,
        "most requests in one wall-clock second",
        Long.toString(q.maxInOneSecond()),
        "<= " + q.perSecond(),
        q.maxInOneSecond() <= q.perSecond());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("perSecond", q.perSecond());
    json.put("characters", q.characters());
    json.put("wallMillis", q.nanos() / 1e6);
    json.put("apiRequests", q.apiRequests());
    json.put("achievedPerSecond", q.achievedPerSecond());
    json.put("medianFullSecond", q.medianFullSecond());
    json.put("throttled", q.throttled());
    json.put("clientThrottled", q.clientThrottled());
    json.put("clientRetried", q.clientRetried());
    json.put("maxInOneSecond", q.maxInOneSecond());
    json.put("targetPerSecond", QUOTA_TARGET_PER_SECOND);
    json.put("met", rateMet && q.throttled() == 0 && q.maxInOneSecond() <= q.perSecond());
    report.section("quota", json);
  }

  static void memory(BenchReport report, List<SyncBench.Memory> runs) {
    List<Map<String, Object>> json = new ArrayList<>();
    for (SyncBench.Memory m : runs) {
      String n = String.format(Locale.ROOT, "%,d chars (batch %d)", m.characters(), m.batchSize());
      report.row(
          BenchReport.MEMORY,
          n + ": live heap before / max during (forced GC)",
          BenchReport.bytes(m.baseline()) + " / " + BenchReport.bytes(m.maxLive()));
      report.row(
          BenchReport.MEMORY,
          n + ": held by the run (max - before)",
          BenchReport.bytes(m.liveDelta()));
      report.row(
          BenchReport.MEMORY,
          n + ": max after any GC / peak used",
          BenchReport.bytes(m.maxAfterAnyGc()) + " / " + BenchReport.bytes(m.peakUsed()));
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("characters", m.characters());
      line.put("batchSize", m.batchSize());
      line.put("synced", m.synced());
      line.put("liveBeforeBytes", m.baseline());
      line.put("maxLiveBytes", m.maxLive());
      line.put("liveDeltaBytes", m.liveDelta());
      line.put("maxAfterAnyGcBytes", m.maxAfterAnyGc());
      line.put("peakUsedBytes", m.peakUsed());
      line.put("liveSamples", m.liveSamples());
      json.add(line);
    }
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("runs", json);
    if (runs.size() >= 2) {
      SyncBench.Memory small = runs.get(0);
      SyncBench.Memory large = runs.get(runs.size() - 1);
      double live = (double) large.maxLive() / small.maxLive();
      double delta = (double) Math.max(1, large.liveDelta()) / Math.max(1, small.liveDelta());
      String pair =
          String.format(Locale.ROOT, "%,d vs %,d", large.characters(), small.characters());
      report.row(
          BenchReport.MEMORY,
          pair + ": ratio of heap held by the run",
          String.format(Locale.ROOT, "%.2fx", delta),
          "< 1.5x",
          delta < MEMORY_TARGET_RATIO);
      report.row(
          BenchReport.MEMORY,
          pair + ": ratio of max live heap (simulator's world included)",
          String.format(Locale.ROOT, "%.2fx", live));
      double perCharacter =
          (double) (large.liveDelta() - small.liveDelta())
              / Math.max(1, large.characters() - small.characters());
      report.row(
          BenchReport.MEMORY,
          pair + ": growth of the heap held, per extra character",
          String.format(Locale.ROOT, "%.1f bytes", perCharacter));
      section.put("bytesPerExtraCharacter", perCharacter);
      section.put("heldRatio", delta);
      section.put("liveRatio", live);
      section.put("targetRatio", MEMORY_TARGET_RATIO);
      section.put("met", delta < MEMORY_TARGET_RATIO);
    }
    report.section("memory", section);
  }
}
