package dev.guildsync.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.demo.StartedResources;
import dev.guildsync.example.Environment;
import dev.guildsync.example.ExitCode;
import dev.guildsync.example.ReportJson;
import dev.guildsync.example.Schema;
import dev.guildsync.example.SyncWiring;
import dev.guildsync.example.UsageException;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: measures the library against the original approach and the API quota, on embedded
 * PostgreSQL (durable: commits pay for fsync) and the Battle.net simulator, all started here and
 * stopped at the end. Every ratio comes from one invocation, so both sides of it ran on the same
 * machine under the same noise. It reports, it does not judge: the exit code is 0 whatever the
 * numbers. With {@code --soak} it runs {@link Soak} instead, which judges promises, not speed.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures store throughput, end-to-end sync, quota adherence, memory, the quota shared by"
            + " several processes, a guild roster's save and the quota economy of the guild sync.")
public final class BenchCommand implements Callable<Integer> {
  static final String CLIENT_ID = "bench-client";
  static final String CLIENT_SECRET = "bench-secret-never-printed";

  @Option(names = "--quick", description = "Small sizes: the whole bench in under two minutes.")
  boolean quick;

  @Option(names = "--report-json", paramLabel = "FILE", description = "Also write JSON here.")
  Path reportJson;

  @Option(
      names = "--store-sizes",
      split = ",",
      paramLabel = "N",
      description =
          "Characters saved by measurement 1 (default 10000,100000,1000000; quick 1000,5000).")
  List<Integer> storeSizes;

  @Option(
      names = "--store-batch-sizes",
      split = ",",
      paramLabel = "N",
      description = "The adapter's batch sizes in measurement 1 (default 100,1000).")
  List<Integer> storeBatchSizes;

  @Option(
      names = "--sync-characters",
      paramLabel = "N",
      description = "Characters per end-to-end run (default 20000; quick 1000).")
  Integer syncCharacters;

  @Option(
      names = "--latencies",
      split = ",",
      paramLabel = "MS",
      description = "Simulated Battle.net latencies of measurement 2, in ms (default 0,20).")
  List<Integer> latencies;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description = "Sync batch size of measurements 2 and 4 (default 1000).")
  Integer batchSize;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      description = "Concurrent fetches of measurements 2 and 4 (default 64).")
  Integer concurrency;

  @Option(
      names = "--quota-seconds",
      paramLabel = "S",
      description = "Length of the quota run at 100 requests/s (default 30; quick 5).")
  Integer quotaSeconds;

  @Option(
      names = "--shared-quota-seconds",
      paramLabel = "S",
      description = "Length of the 4-process shared quota run (default 60; quick 5).")
  Integer sharedQuotaSeconds;

  @Option(
      names = "--memory-sizes",
      split = ",",
      paramLabel = "N",
      description = "Characters per memory run (default 10000,100000; quick 1000,5000).")
  List<Integer> memorySizes;

  @Option(
      names = "--db-round-trip-ms",
      paramLabel = "MS",
      description =
          "Add this round trip to every database call through a loopback delay proxy, to see the"
              + " database across a network (default 0: direct).")
  double dbRoundTripMillis;

  @Option(
      names = "--economy-characters",
      paramLabel = "N",
      description = "Characters in the quota economy's world (default 20000; quick 2000).")
  Integer economyCharacters;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Mixin GuildBenchOptions guildOptions = new GuildBenchOptions();

  @Mixin SoakOptions soakOptions = new SoakOptions();

  @Spec CommandSpec spec;

  BenchPlan plan() {
    BenchPlan plan =
        new BenchPlan(
            quick,
            BenchSizes.positive(
                storeSizes, quick ? List.of(1_000, 5_000) : List.of(10_000, 100_000, 1_000_000)),
            BenchSizes.positive(storeBatchSizes, List.of(100, 1_000)),
            BenchSizes.positive(syncCharacters, quick ? 1_000 : 20_000),
            BenchSizes.notNegative(latencies, List.of(0, 20)),
            BenchSizes.positive(batchSize, 1_000),
            BenchSizes.positive(concurrency, 64),
            100,
            BenchSizes.positive(quotaSeconds, quick ? 5 : 30),
            BenchSizes.positive(
                memorySizes, quick ? List.of(1_000, 5_000) : List.of(10_000, 100_000)),
            dbRoundTripMillis,
            BenchSection.parse(guildOptions.sections),
            guildOptions.plan(quick));
    if (!(dbRoundTripMillis >= 0 && dbRoundTripMillis <= 1_000)) {
      throw new UsageException(
          "--db-round-trip-ms must be between 0 and 1000: " + dbRoundTripMillis);
    }
    plan.syncSettings(); // validates batch size and concurrency as the service would
    plan.storeBatchSizes().forEach(n -> CharacterSyncSettings.newBuilder().batchSize(n));
    return plan;
  }

  @Override
  public Integer call() throws Exception {
    if (soakOptions.soak != null) {
      return soakOptions.run(
          spec.commandLine().getOut(), new BenchLog(spec.commandLine().getErr()));
    }
    BenchPlan plan = plan();
    PrintWriter out = spec.commandLine().getOut();
    BenchLog log = new BenchLog(spec.commandLine().getErr());
    BenchReport report = new BenchReport(plan.asJson());
    log.progress("%s", BenchReport.machineLine(BenchReport.machine()));
    try (StartedResources resources = new StartedResources("bench")) {
      log.progress("starting embedded PostgreSQL (durable) and the Battle.net simulator...");
      EmbeddedDatabase db = resources.add(EmbeddedDatabase.start(true));
      Schema.migrate(db.jdbcUrl(), db.user(), new Environment(Map.of()));
      String jdbcUrl = db.jdbcUrl();
      if (plan.dbRoundTripMillis() > 0) {
        URI direct = URI.create(jdbcUrl.substring("jdbc:".length()));
        DelayProxy proxy =
            resources.add(
                DelayProxy.start(
                    direct.getHost(),
                    direct.getPort(),
                    (long) (plan.dbRoundTripMillis() * 1_000_000)));
        jdbcUrl = jdbcUrl.replace(":" + direct.getPort() + "/", ":" + proxy.port() + "/");
        log.progress(
            "database calls go through a proxy adding %s ms per round trip",
            plan.dbRoundTripMillis());
      }
      HikariDataSource pool = resources.add(BenchDatabases.pool(jdbcUrl, db.user()));
      BenchWorld.seedGuilds(pool);
      BattleNetSimulator simulator =
          resources.add(
              BattleNetSimulator.start(
                  SimulatorOptions.defaults()
                      .withCredentials(CLIENT_ID, CLIENT_SECRET)
                      .withThreads(Math.max(32, plan.concurrency() * 2))));
      if (plan.runs(BenchSection.END_TO_END)
          || plan.runs(BenchSection.QUOTA)
          || plan.runs(BenchSection.MEMORY)
          || plan.runs(BenchSection.SHARED_QUOTA)) {
        log.progress("loading %,d characters into the simulator...", plan.largestWorld());
        BenchWorld.loadSimulator(simulator, plan.largestWorld());
      }

      if (plan.runs(BenchSection.STORE)) {
        new StoreBench(pool).run(plan, report, log);
      }

      SyncWiring fast =
          resources.add(SyncWiring.connect(pool, bnet(simulator, 100_000, 100_000_000)));
      SyncBench sync = new SyncBench(pool, simulator);
      if (plan.runs(BenchSection.END_TO_END)) {
        log.progress("2 end-to-end: warming up (%,d characters, untimed)...", plan.warmUp());
        sync.endToEnd(fast, plan.warmUp(), 0, plan.syncSettings());
        List<SyncBench.EndToEnd> runs = new ArrayList<>();
        for (int latency : plan.latencies()) {
          log.progress("2 end-to-end: %,d characters at %d ms...", plan.syncCharacters(), latency);
          runs.add(sync.endToEnd(fast, plan.syncCharacters(), latency, plan.syncSettings()));
        }
        BenchRows.endToEnd(report, runs);
      }

      if (plan.runs(BenchSection.QUOTA)) {
        log.progress("3 quota: 100 requests/s for %d s...", plan.quotaSeconds());
        SyncWiring limited =
            resources.add(SyncWiring.connect(pool, bnet(simulator, plan.quotaPerSecond(), 36_000)));
        SyncBench.Quota quota =
            sync.quota(
                limited,
                plan.quotaPerSecond(),
                plan.quotaSeconds(),
                CharacterSyncSettings.newBuilder().batchSize(500).concurrency(8).build());
        BenchRows.quota(report, quota);
      }

      if (plan.runs(BenchSection.MEMORY)) {
        List<SyncBench.Memory> memory = new ArrayList<>();
        for (int n : plan.memorySizes()) {
          log.progress("4 memory: %,d characters...", n);
          memory.add(sync.memory(fast, n, plan.syncSettings()));
        }
        BenchRows.memory(report, memory);
      }

      if (plan.runs(BenchSection.SHARED_QUOTA)) {
        int sharedSeconds = BenchSizes.positive(sharedQuotaSeconds, quick ? 5 : 60);
        log.progress(
            "5 shared quota: %d processes for %d s...", SharedQuotaBench.PROCESSES, sharedSeconds);
        SharedQuotaBench shared = new SharedQuotaBench(pool, simulator, jdbcUrl, db.user());
        SharedQuotaBench.rows(report, shared.measure(plan.quotaPerSecond(), sharedSeconds, log));
      }

      new GuildBench(resources, pool, jdbcUrl, db.user())
          .run(
              plan,
              simulator,
              ds -> resources.add(SyncWiring.connect(ds, bnet(simulator, 100_000, 100_000_000))),
              report,
              log);

      if (plan.runs(BenchSection.ACTIVITY_ECONOMY)) {
        int economy = BenchSizes.positive(economyCharacters, quick ? 2_000 : 20_000);
        log.progress("8 activity economy: %,d characters over simulated days...", economy);
        QuotaEconomy economics = new QuotaEconomy(pool, jdbcUrl, db.user());
        QuotaEconomy.rows(report, economics.measure(economy, quick ? 35 : 60, log));
      }
      if (plan.runs(BenchSection.DETAILS)) {
        int economy = BenchSizes.positive(economyCharacters, quick ? 2_000 : 20_000);
        QuotaEconomy economics = new QuotaEconomy(pool, jdbcUrl, db.user());
        DetailsBench.rows(
            report,
            DetailsBench.economy(economics, economy, quick ? 10 : 21, log),
            DetailsBench.saveCost(pool, jdbcUrl, db.user(), 1_000, quick ? 3 : 7, log));
      }
      log.progress("done; stopping PostgreSQL and the simulator.");
    }
    report.print(out);
    if (reportJson != null) {
      ReportJson.write(reportJson, report.json());
      out.println();
      out.println("Report written to " + reportJson);
    }
    out.flush();
    return ExitCode.OK;
  }

  private static SyncWiring.BnetSettings bnet(
      BattleNetSimulator simulator, int perSecond, int perHour) {
    return new SyncWiring.BnetSettings(
        CLIENT_ID,
        CLIENT_SECRET,
        Optional.of(simulator.baseUrl()),
        Optional.of(simulator.tokenUrl()),
        perSecond,
        perHour);
  }
}
