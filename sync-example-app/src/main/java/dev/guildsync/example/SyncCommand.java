package dev.guildsync.example;

import dev.guildsync.core.character.CharacterSyncSettings;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sync}: one sync run against a real database and Battle.net (or anything like it). */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = {
      "Syncs due characters from Battle.net into the database.",
      "Secrets come from the environment: BNET_CLIENT_ID, BNET_CLIENT_SECRET, GUILDSYNC_DB_PASSWORD."
    })
final class SyncCommand extends DatabaseCommand {
  @Mixin SyncOptions options;

  @Override
  public Integer call() {
    database.validate();
    options.checkReportPath();
    CharacterSyncSettings settings = options.characterSettings();
    SyncWiring.BnetSettings bnet = options.bnet(env);
    PrintWriter out = spec.commandLine().getOut();
    StopOnSignal stop = StopOnSignal.install();
    try (SyncWiring wiring =
        SyncWiring.open(bnet, () -> database.pool(env, Math.min(options.concurrency, 4) + 2))) {
      SyncWiring.Outcome outcome = wiring.runOnce(settings, out);
      Summary.print(out, outcome.report(), outcome.requests());
      if (options.reportJson != null) {
        ReportJson.write(options.reportJson, ReportJson.of(outcome.report(), outcome.requests()));
        out.println("Report written to " + options.reportJson);
      }
    } finally {
      // After the pool is closed: the run has released its batch, and a signal may now exit.
      stop.close();
    }
    return ExitCode.OK;
  }
}
