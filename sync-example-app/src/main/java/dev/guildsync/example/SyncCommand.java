package dev.guildsync.example;

import dev.guildsync.RunReport;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sync}: one sync run against a real database and Battle.net (or anything like it). */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = {
      "Syncs due guilds (rosters, members, ranks), then due characters, from Battle.net.",
      "Secrets come from the environment: BNET_CLIENT_ID, BNET_CLIENT_SECRET, GUILDSYNC_DB_PASSWORD."
    })
final class SyncCommand extends DatabaseCommand {
  @Mixin SyncOptions options;

  @Override
  public Integer call() {
    database.validate();
    options.checkReportPath();
    SyncWiring.Plan plan = options.plan();
    SyncWiring.BnetSettings bnet = options.bnet(env);
    PrintWriter out = spec.commandLine().getOut();
    StopOnSignal stop = StopOnSignal.install();
    try (SyncWiring wiring =
        SyncWiring.open(bnet, options.sharedQuota, () -> database.pool(env, options.poolSize()))) {
      RunReport run = wiring.runOnce(plan, out);
      Summary.print(out, run);
      if (options.reportJson != null) {
        ReportJson.write(options.reportJson, ReportJson.of(run));
        out.println("Report written to " + options.reportJson);
      }
    } finally {
      // After the pool is closed: the run has released its batch, and a signal may now exit.
      stop.close();
    }
    return ExitCode.OK;
  }
}
