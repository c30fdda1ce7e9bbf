package dev.guildsync.bench;

import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Measurement 5: {@code sync --shared-quota} in {@value #PROCESSES} processes (child JVMs through
 * the example app's entry point, like separate instances) on one database and one client id,
 * against the simulator answering 429 past 100 requests in any wall-clock second; then the cost of
 * the shared bucket per request ({@link BucketCost}).
 */
final class SharedQuotaBench {
  /**
   * The example app's entry point, named rather than imported: the bench starts the app as a
   * separate program, on the bench's class path (its jar's manifest lists the app's jar).
   */
  static final String APP_MAIN_CLASS = "dev.guildsync.example.GuildsyncCli";

  static final int PROCESSES = 4;
  static final String TITLE = "5 shared quota";

  /** Issue 21's targets: requests per second together, 429 answers per 10,000 requests. */
  static final double TARGET_PER_SECOND = 97;

  static final double TARGET_THROTTLED_PER_10000 = 1;

  /** What the processes achieved together, and what a token from the shared bucket costs. */
  record Result(
      int perSecond,
      int characters,
      long apiRequests,
      long throttled,
      long maxInOneSecond,
      double achievedPerSecond,
      int failedProcesses,
      List<Long> perSecondCounts,
      BucketCost.Result cost) {
    double throttledPer10000() {
      return apiRequests == 0 ? 0 : throttled * 10_000.0 / apiRequests;
    }
  }

  private final DataSource dataSource;
  private final BattleNetSimulator simulator;
  private final String jdbcUrl;
  private final String user;

  SharedQuotaBench(
      DataSource dataSource, BattleNetSimulator simulator, String jdbcUrl, String user) {
    this.dataSource = dataSource;
    this.simulator = simulator;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
  }

  Result measure(int perSecond, int seconds, BenchLog log)
      throws SQLException, IOException, InterruptedException {
    // Enough characters for the whole time at the paced rate (99% of the limit), no more.
    int characters = perSecond * 99 / 100 * seconds;
    BenchWorld.resetCharacters(dataSource, characters);
    Path logs = Files.createTempDirectory("guildsync-bench-quota");
    simulator.setQuota(perSecond, true);
    int failed = 0;
    try {
      simulator.resetStats();
      List<Process> processes = new ArrayList<>();
      for (int i = 0; i < PROCESSES; i++) {
        processes.add(start(logs.resolve("sync-" + i + ".log"), perSecond));
      }
      for (Process process : processes) {
        if (!process.waitFor(seconds * 3L + 60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
        failed += process.waitFor() == 0 ? 0 : 1;
      }
    } finally {
      simulator.disableQuota();
    }
    if (failed > 0) {
      log.progress("%d sync processes failed; their output is in %s", failed, logs);
    }
    SimulatorStats stats = simulator.stats();
    List<Long> perSecondCounts = new ArrayList<>(simulator.requestsPerSecond().values());
    log.progress("5 shared quota: cost of the bucket per request...");
    return new Result(
        perSecond,
        characters,
        stats.apiRequests(),
        stats.throttled(),
        stats.maxPerSecond(),
        fullSecondsAverage(perSecondCounts),
        failed,
        perSecondCounts,
        BucketCost.measure(dataSource, 2_000));
  }

  /** Requests per second over the run's full seconds (its first and last are partial). */
  private static double fullSecondsAverage(List<Long> perSecond) {
    if (perSecond.size() < 3) {
      return perSecond.stream().mapToLong(Long::longValue).sum();
    }
    return perSecond.subList(1, perSecond.size() - 1).stream()
        .mapToLong(Long::longValue)
        .average()
        .orElse(0);
  }

  private Process start(Path log, int perSecond) throws IOException {
    List<String> command =
        List.of(
            ProcessHandle.current().info().command().orElse("java"),
            "-cp",
            System.getProperty("java.class.path"),
            APP_MAIN_CLASS,
            "sync",
            "--jdbc-url",
            jdbcUrl,
            "--db-user",
            user,
            "--api-base-url",
            simulator.baseUrl().toString(),
            "--oauth-token-url",
            simulator.tokenUrl().toString(),
            "--concurrency",
            "8",
            "--requests-per-second",
            Integer.toString(perSecond),
            "--shared-quota",
            // Profiles only: the measurement is the quota's requests per second, as before
            // details existed; the default details would quadruple the requests and the time.
            "--details",
            "none");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("BNET_CLIENT_ID", BenchCommand.CLIENT_ID);
    builder.environment().put("BNET_CLIENT_SECRET", BenchCommand.CLIENT_SECRET);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return builder.start();
  }

  static void rows(BenchReport report, Result r) {
    String at =
        String.format(
            Locale.ROOT,
            "%d processes vs simulator %d/s, %,d characters: achieved",
            PROCESSES,
            r.perSecond(),
            r.characters());
    boolean rateMet = r.achievedPerSecond() >= TARGET_PER_SECOND;
    boolean throttledMet = r.throttledPer10000() <= TARGET_THROTTLED_PER_10000;
    report.row(
        TITLE,
        at,
        BenchReport.decimal(r.achievedPerSecond()) + " req/s",
        ">= " + BenchReport.decimal(TARGET_PER_SECOND) + " req/s",
        rateMet);
    report.row(
        TITLE,
        String.format(
            Locale.ROOT,
            "429 answers per 10,000 requests (%d of %,d)",
            r.throttled(),
            r.apiRequests()),
        String.format(Locale.ROOT, "%.2f", r.throttledPer10000()),
        "<= " + BenchReport.decimal(TARGET_THROTTLED_PER_10000),
        throttledMet);
    report.row(
        TITLE,
        "most requests in one wall-clock second",
        Long.toString(r.maxInOneSecond()),
        "<= " + r.perSecond(),
        r.maxInOneSecond() <= r.perSecond());
    report.row(TITLE, "processes that failed", Integer.toString(r.failedProcesses()));
    BucketCost.Result c = r.cost();
    report.row(
        TITLE, "database round trips per request", BenchReport.decimal(c.roundTripsPerToken()));
    report.row(
        TITLE,
        "token latency p50 / p99, shared",
        BenchReport.decimal(c.sharedP50Millis())
            + " / "
            + BenchReport.decimal(c.sharedP99Millis())
            + " ms");
    report.row(
        TITLE,
        "token latency p50 / p99, in-process",
        String.format(Locale.ROOT, "%.4f / %.4f ms", c.localP50Millis(), c.localP99Millis()));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("processes", PROCESSES);
    json.put("perSecond", r.perSecond());
    json.put("characters", r.characters());
    json.put("apiRequests", r.apiRequests());
    json.put("achievedPerSecond", r.achievedPerSecond());
    json.put("throttled", r.throttled());
    json.put("throttledPer10000", r.throttledPer10000());
    json.put("maxInOneSecond", r.maxInOneSecond());
    json.put("failedProcesses", r.failedProcesses());
    json.put("requestsEachSecond", r.perSecondCounts());
    json.put("roundTripsPerRequest", c.roundTripsPerToken());
    json.put("sharedTokenP50Millis", c.sharedP50Millis());
    json.put("sharedTokenP99Millis", c.sharedP99Millis());
    json.put("localTokenP50Millis", c.localP50Millis());
    json.put("localTokenP99Millis", c.localP99Millis());
    json.put("targetPerSecond", TARGET_PER_SECOND);
    json.put("targetThrottledPer10000", TARGET_THROTTLED_PER_10000);
    json.put("met", rateMet && throttledMet);
    report.section("sharedQuota", json);
  }
}
