package dev.guildsync.example;

import dev.guildsync.GuildSync;
import dev.guildsync.RunReport;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.outage.BattleNetOutageException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code run --every DURATION}: a sync at start, then one every DURATION, never two at once; a line
 * per run; a clean stop on SIGINT/SIGTERM that releases the batch in progress and exits 0. Several
 * {@code run} processes on one database share the work through the leases.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Syncs on start, then every DURATION, until stopped (SIGINT/SIGTERM stop it cleanly).",
      "Takes every sync option. Secrets come from the environment: BNET_CLIENT_ID,"
          + " BNET_CLIENT_SECRET, GUILDSYNC_DB_PASSWORD."
    })
final class RunCommand extends DatabaseCommand {
  @Mixin SyncOptions options;

  @Option(
      names = "--every",
      required = true,
      paramLabel = "DURATION",
      description =
          "How often to sync (6h, 30m, 7d or ISO-8601 PT30M); a run that overruns delays"
              + " the next one.")
  Duration every;

  @Option(
      names = "--http-port",
      paramLabel = "N",
      description = "Serve GET /health and GET /metrics (Prometheus) on this port.")
  Integer httpPort;

  @Override
  public Integer call() {
    database.validate();
    options.checkReportPath();
    RunLoop loop = new RunLoop(every);
    SyncWiring.Plan plan = options.plan();
    SyncWiring.BnetSettings bnet = options.bnet(env);
    PrintWriter out = spec.commandLine().getOut();
    Health health = new Health();
    StopOnSignal stop = StopOnSignal.install();
    try (SyncWiring wiring =
        SyncWiring.open(bnet, options.sharedQuota, () -> database.pool(env, options.poolSize()))) {
      // One facade for the whole loop: the same settings every run, and never two runs at once.
      GuildSync sync = wiring.newSync(plan).build();
      SyncMetrics metrics = new SyncMetrics(wiring.client());
      Optional<StatusServer> server =
          Optional.ofNullable(httpPort).map(p -> StatusServer.start(p, health, metrics::scrape));
      try {
        server.ifPresent(s -> out.printf("Serving /health and /metrics on port %d%n", s.port()));
        out.printf("Syncing now, then every %s; stop with Ctrl-C or SIGTERM.%n", every);
        out.flush();
        loop.loop(() -> runOnce(loop, sync, health, metrics, out));
      } finally {
        server.ifPresent(StatusServer::close);
      }
    } catch (RuntimeException e) {
      stop.close();
      throw e;
    }
    out.println("Stopped.");
    out.flush();
    stop.closeWith(ExitCode.OK);
    return ExitCode.OK;
  }

  /** One run; what the loop does next ({@code STOP} when a signal stopped it). */
  private RunLoop.Next runOnce(
      RunLoop loop, GuildSync sync, Health health, SyncMetrics metrics, PrintWriter out) {
    long start = System.nanoTime();
    RunLoop.Next next = RunLoop.Next.ON_SCHEDULE;
    try {
      RunReport outcome = sync.run();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      metrics.completed(outcome, took);
      health.completed(Instant.now());
      out.println(line(outcome, took));
      if (options.reportJson != null) {
        ReportJson.write(options.reportJson, ReportJson.of(outcome));
      }
    } catch (BattleNetOutageException e) {
      if (Thread.currentThread().isInterrupted()) {
        return RunLoop.Next.STOP;
      }
      // Nothing was blamed; the next run comes soon and its first request probes Battle.net.
      Instant now = Instant.now();
      Instant retry = now.plus(loop.nextRetry());
      metrics.unavailable();
      health.unavailable(now, e.getMessage(), retry);
      out.println(now + " run stopped: " + e.getMessage() + "; trying again at " + retry);
      next = RunLoop.Next.SOON;
    } catch (SyncException e) {
      if (Thread.currentThread().isInterrupted()) {
        return RunLoop.Next.STOP;
      }
      // A run-wide failure (database down, credentials rejected) is reported and retried at the
      // next slot: a service keeps running and says so on /health.
      metrics.failed();
      health.failed(Instant.now(), e.getMessage());
      out.println(Instant.now() + " run failed: " + e.getMessage());
    } finally {
      out.flush();
    }
    return Thread.currentThread().isInterrupted() ? RunLoop.Next.STOP : next;
  }

  /** The one line per run: what both phases did, with the status checks when there were any. */
  static String line(RunReport outcome, Duration took) {
    CharacterSyncReport report = outcome.characters().orElseGet(Reports::noCharacters);
    GuildSyncReport guilds = outcome.guilds().orElseGet(Reports::noGuilds);
    return String.format(
        Locale.ROOT,
        "%s run: %s and %s in %.1f s (characters updated %d, unchanged %d, not found %d,"
            + " failed %d; %smembers joined %d, left %d; %d requests)",
        Instant.now(),
        Plural.count(guilds.guilds(), "guild", "guilds"),
        Plural.count(report.characters(), "character", "characters"),
        took.toMillis() / 1000.0,
        report.updated(),
        report.unchanged(),
        report.notFound(),
        report.failed(),
        statusChecks(report.retention()),
        guilds.joined(),
        guilds.left(),
        outcome.requests().sent());
  }

  /** The non-zero status-check counts, so that {@code --retention keep}'s marks show too. */
  private static String statusChecks(CharacterSyncReport.RetentionCounts retention) {
    StringJoiner counts = new StringJoiner(", ", "status checks: ", "; ").setEmptyValue("");
    add(counts, "validated", retention.validated());
    add(counts, "purged", retention.purged());
    add(counts, "deleted", retention.deleted());
    add(counts, "marked invalid", retention.markedInvalid());
    return counts.toString();
  }

  private static void add(StringJoiner counts, String what, int count) {
    if (count > 0) {
      counts.add(what + " " + count);
    }
  }
}
