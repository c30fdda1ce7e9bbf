package dev.guildsync.example;

import dev.guildsync.RunReport;
import dev.guildsync.core.outage.BattleNetOutageException;
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
      RunReport run;
      try {
        run = wiring.runOnce(plan, out);
      } catch (BattleNetOutageException e) {
        // The run stopped early blaming no item; the report says so before the one-line error.
        writeReport(out, ReportJson.of(e, wiring.requests()));
        throw e;
      }
      Summary.print(out, run);
      writeReport(out, ReportJson.of(run));
    } finally {
      // After the pool is closed: the run has released its batch, and a signal may now exit.
      stop.close();
    }
    return ExitCode.OK;
  }

  private void writeReport(PrintWriter out, Object json) {
    if (options.reportJson != null) {
      ReportJson.write(options.reportJson, json);
      out.println("Report written to " + options.reportJson);
    }
  }
}
