package dev.guildsync.example;

import com.zaxxer.hikari.HikariDataSource;
import dev.guildsync.core.character.CharacterSyncSettings;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sync}: one sync run against a real database and Battle.net (or anything like it). */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = {
      "Syncs due characters from Battle.net into the database.",
      "Secrets come from the environment: BNET_CLIENT_ID, BNET_CLIENT_SECRET, GUILDSYNC_DB_PASSWORD."
    })
final class SyncCommand extends DatabaseCommand {

  @Option(
      names = "--api-base-url",
      paramLabel = "URL",
      description = "Replaces the regional API host for every region (http only on loopback).")
  URI apiBaseUrl;

  @Option(
      names = "--oauth-token-url",
      paramLabel = "URL",
      description = "Replaces the OAuth token endpoint (http only on loopback).")
  URI oauthTokenUrl;

  @Option(
      names = "--stale-after",
      paramLabel = "DURATION",
      defaultValue = "PT6H",
      description =
          "Sync characters last synced longer ago than this (6h, 30m, 7d or ISO-8601 PT6H;"
              + " default ${DEFAULT-VALUE}).")
  Duration staleAfter;

  @Option(
      names = "--max-characters",
      paramLabel = "N",
      description = "Stop after this many characters (default: all that are due).")
  Integer maxCharacters;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "8",
      description = "Profile fetches in flight at most (default ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--requests-per-second",
      paramLabel = "N",
      defaultValue = "100",
      description = "Battle.net requests per second at most (default ${DEFAULT-VALUE}).")
  int requestsPerSecond;

  @Option(
      names = "--requests-per-hour",
      paramLabel = "N",
      defaultValue = "36000",
      description = "Battle.net requests per hour at most (default ${DEFAULT-VALUE}).")
  int requestsPerHour;

  @Option(
      names = "--lease",
      paramLabel = "DURATION",
      defaultValue = "PT1M",
      description =
          "How long a batch stays reserved after its last renewal (ISO-8601, default"
              + " ${DEFAULT-VALUE}); renewed while the batch runs, so a crashed run's characters"
              + " come back within this time.")
  Duration lease;

  @Option(
      names = "--shared-quota",
      description =
          "Share the request limits with every instance that syncs on this database with the same"
              + " client id: one quota bucket in the database (table sync_quota_buckets).")
  boolean sharedQuota;

  @Option(
      names = "--report-json",
      paramLabel = "FILE",
      description = "Also write the run's report as JSON to this file.")
  Path reportJson;

  @Override
  public Integer call() {
    database.validate();
    CharacterSyncSettings settings = settings();
    SyncWiring.BnetSettings bnet =
        new SyncWiring.BnetSettings(
            env.require(Environment.CLIENT_ID, "Battle.net client id"),
            env.require(Environment.CLIENT_SECRET, "Battle.net client secret"),
            Optional.ofNullable(apiBaseUrl),
            Optional.ofNullable(oauthTokenUrl),
            requestsPerSecond,
            requestsPerHour);
    PrintWriter out = spec.commandLine().getOut();
    StopOnSignal stop = StopOnSignal.install();
    // The shared quota takes a connection for each request's reservation: two more.
    int connections = Math.min(concurrency, 4) + (sharedQuota ? 4 : 2);
    try (HikariDataSource pool = database.pool(env, connections);
        SyncWiring wiring = SyncWiring.connect(pool, bnet, sharedQuota)) {
      SyncWiring.Outcome outcome = wiring.runOnce(settings, out);
      Summary.print(out, outcome.report(), outcome.requests());
      if (reportJson != null) {
        ReportJson.write(reportJson, ReportJson.of(outcome.report(), outcome.requests()));
        out.println("Report written to " + reportJson);
      }
    } finally {
      // After the pool is closed: the run has released its batch, and a signal may now exit.
      stop.close();
    }
    return ExitCode.OK;
  }

  private CharacterSyncSettings settings() {
    CharacterSyncSettings.Builder builder =
        CharacterSyncSettings.newBuilder()
            .staleAfter(staleAfter)
            .concurrency(concurrency)
            .lease(lease);
    if (maxCharacters != null) {
      builder.maxCharactersPerRun(maxCharacters);
    }
    return builder.build();
  }
}
