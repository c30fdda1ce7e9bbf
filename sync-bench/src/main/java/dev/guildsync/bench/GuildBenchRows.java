package dev.guildsync.bench;

import static dev.guildsync.bench.BenchReport.decimal;

import dev.guildsync.core.guild.GuildSyncReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Table rows and JSON sections of the guild measurements (6 and 7). One target: the read before an
 * unchanged 1,000-member roster's save plus that save (issue 21).
 */
final class GuildBenchRows {
  private static final int TARGET_MEMBERS = 1_000;
  private static final double TARGET_MILLIS = 50;

  private GuildBenchRows() {}

  static void rosterSave(BenchReport report, RosterSaveBench.Result r) {
    String of = String.format(Locale.ROOT, "%,d members", r.members());
    List<Map<String, Object>> steps = new ArrayList<>();
    for (RosterSaveBench.Step step : r.steps()) {
      String metric = of + ", " + step.label();
      double millis = median(step.saves(), MeteredGuildStore.Call::millis);
      report.row(
          BenchReport.ROSTER_SAVE,
          metric + ": save, median of " + step.saves().size(),
          String.format(
              Locale.ROOT,
              "%.0f statements, %s ms, %,.0f rows",
              median(step.saves(), MeteredGuildStore.Call::statements),
              decimal(millis),
              median(step.saves(), MeteredGuildStore.Call::rowsWritten)));
      report.row(
          BenchReport.ROSTER_SAVE,
          metric + ": claim / read before the save",
          String.format(
              Locale.ROOT,
              "%.0f / %.0f statements, %s / %s ms",
              median(step.claims(), MeteredGuildStore.Call::statements),
              median(step.loads(), MeteredGuildStore.Call::statements),
              decimal(median(step.claims(), MeteredGuildStore.Call::millis)),
              decimal(median(step.loads(), MeteredGuildStore.Call::millis))));
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("step", step.label());
      line.put("saveStatements", median(step.saves(), MeteredGuildStore.Call::statements));
      line.put("saveMillis", millis);
      line.put("saveMillisMin", min(step.saves()));
      line.put("saveMillisMax", max(step.saves()));
      line.put("rowsWritten", median(step.saves(), MeteredGuildStore.Call::rowsWritten));
      line.put("claimStatements", median(step.claims(), MeteredGuildStore.Call::statements));
      line.put("claimMillis", median(step.claims(), MeteredGuildStore.Call::millis));
      line.put("loadStatements", median(step.loads(), MeteredGuildStore.Call::statements));
      line.put("loadMillis", median(step.loads(), MeteredGuildStore.Call::millis));
      line.put("events", events(step.report()));
      steps.add(line);
    }
    double readAndSave = readAndSave(report, of, r);
    GuildSyncReport last = r.steps().get(r.steps().size() - 1).report();
    report.row(
        BenchReport.ROSTER_SAVE,
        of + ", last step as the service reported it: joined / left / rank / renamed",
        String.format(
            Locale.ROOT,
            "%d / %d / %d / %d",
            last.joined(),
            last.left(),
            last.rankChanged(),
            last.renamed()));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("members", r.members());
    json.put("repetitions", r.repetitions());
    json.put("changes", r.changes());
    json.put("joins", r.joins());
    json.put("leaves", r.leaves());
    json.put("rankChanges", r.rankChanges());
    json.put("renames", r.renames());
    json.put("steps", steps);
    json.put("readPlusUnchangedSaveMillis", readAndSave);
    report.section("rosterSave", json);
  }

  /**
   * The row "read + unchanged save": per repetition, the read before the unchanged re-sync's save
   * plus that save, median of the repetitions; with its target when the roster has 1,000 members.
   */
  private static double readAndSave(BenchReport report, String of, RosterSaveBench.Result r) {
    RosterSaveBench.Step unchanged = r.unchanged();
    List<MeteredGuildStore.Call> both = new ArrayList<>();
    for (int i = 0; i < unchanged.saves().size(); i++) {
      MeteredGuildStore.Call read = unchanged.loads().get(i);
      MeteredGuildStore.Call save = unchanged.saves().get(i);
      both.add(
          new MeteredGuildStore.Call(
              read.statements() + save.statements(),
              read.rowsWritten() + save.rowsWritten(),
              read.nanos() + save.nanos()));
    }
    double millis = median(both, MeteredGuildStore.Call::millis);
    String metric = of + ", read + unchanged save, median of " + both.size();
    String value =
        String.format(
            Locale.ROOT,
            "%.0f statements, %s ms",
            median(both, MeteredGuildStore.Call::statements),
            decimal(millis));
    if (r.members() == TARGET_MEMBERS) {
      String target = String.format(Locale.ROOT, "< %.0f ms", TARGET_MILLIS);
      report.row(BenchReport.ROSTER_SAVE, metric, value, target, millis < TARGET_MILLIS);
    } else {
      report.row(BenchReport.ROSTER_SAVE, metric, value);
    }
    return millis;
  }

  static void economy(BenchReport report, GuildEconomyBench.Result r) {
    String world = String.format(Locale.ROOT, "%,d guilds x %,d members", r.guilds(), r.members());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("guilds", r.guilds());
    json.put("membersPerGuild", r.members());
    json.put("characters", r.guilds() * r.members());
    report.row(
        BenchReport.GUILD_ECONOMY,
        "world",
        world + String.format(Locale.ROOT, " = %,d characters", r.guilds() * r.members()));
    json.put("guildsFirst", phases(report, "(a) guilds, then characters", r.guildsFirst()));
    json.put("charactersAlone", phases(report, "(b) characters alone", r.alone()));
    GuildEconomyBench.PhaseCost guildPhase = r.guildsFirst().get(0);
    GuildEconomyBench.PhaseCost both = r.guildsFirst().get(1);
    GuildEconomyBench.PhaseCost alone = r.alone().get(0);
    double guildOnly = perFresh(guildPhase.apiRequests(), guildPhase.fresh());
    double guildsThenCharacters =
        perFresh(guildPhase.apiRequests() + both.apiRequests(), both.fresh());
    double charactersOnly = perFresh(alone.apiRequests(), alone.fresh());
    report.row(
        BenchReport.GUILD_ECONOMY,
        "cycle 1, requests per fresh character: (a) guild phase / (a) both phases / (b)",
        String.format(
            Locale.ROOT, "%.3f / %.3f / %.3f", guildOnly, guildsThenCharacters, charactersOnly));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("guildPhaseRequestsPerFreshCharacter", guildOnly);
    summary.put("guildsThenCharactersRequestsPerFreshCharacter", guildsThenCharacters);
    summary.put("charactersAloneRequestsPerFreshCharacter", charactersOnly);
    json.put("firstCycle", summary);
    report.section("guildEconomy", json);
  }

  private static List<Map<String, Object>> phases(
      BenchReport report, String side, List<GuildEconomyBench.PhaseCost> phases) {
    List<Map<String, Object>> json = new ArrayList<>();
    String cycle = "";
    long cycleRequests = 0;
    for (GuildEconomyBench.PhaseCost p : phases) {
      String thisCycle = p.label().substring(0, p.label().indexOf(':'));
      cycleRequests = (thisCycle.equals(cycle) ? cycleRequests : 0) + p.apiRequests();
      cycle = thisCycle;
      double perFresh = perFresh(cycleRequests, p.fresh());
      String metric = side + ", " + p.label().replace(":", ",");
      report.row(
          BenchReport.GUILD_ECONOMY,
          metric + ": requests (roster / profile / 304)",
          String.format(
              Locale.ROOT,
              "%,d (%,d / %,d / %,d) in %.1f s",
              p.apiRequests(),
              p.rosterRequests(),
              p.profileRequests(),
              p.notModified(),
              p.nanos() / 1e9));
      report.row(
          BenchReport.GUILD_ECONOMY,
          metric + ": characters / fresh / with profile",
          String.format(Locale.ROOT, "%,d / %,d / %,d", p.characters(), p.fresh(), p.profiles()));
      report.row(
          BenchReport.GUILD_ECONOMY,
          metric + ": requests of the cycle so far per fresh",
          String.format(Locale.ROOT, "%.3f", perFresh));
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("phase", p.label());
      line.put("apiRequests", p.apiRequests());
      line.put("rosterRequests", p.rosterRequests());
      line.put("profileRequests", p.profileRequests());
      line.put("notModified", p.notModified());
      line.put("throttled", p.throttled());
      line.put("millis", p.nanos() / 1e6);
      line.put("characters", p.characters());
      line.put("freshCharacters", p.fresh());
      line.put("profilesSynced", p.profiles());
      line.put("cycleRequests", cycleRequests);
      line.put("cycleRequestsPerFreshCharacter", perFresh);
      json.add(line);
    }
    return json;
  }

  private static double perFresh(long requests, long fresh) {
    return fresh == 0 ? 0 : (double) requests / fresh;
  }

  private static Map<String, Object> events(GuildSyncReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("updated", report.updated());
    json.put("unchanged", report.unchanged());
    json.put("joined", report.joined());
    json.put("left", report.left());
    json.put("rejoined", report.rejoined());
    json.put("rankChanged", report.rankChanged());
    json.put("renamed", report.renamed());
    json.put("charactersCreated", report.charactersCreated());
    return json;
  }

  private static double median(
      List<MeteredGuildStore.Call> calls, ToDoubleFunction<MeteredGuildStore.Call> value) {
    double[] sorted = calls.stream().mapToDouble(value).sorted().toArray();
    if (sorted.length == 0) {
      return 0;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static double min(List<MeteredGuildStore.Call> calls) {
    return calls.stream().mapToDouble(MeteredGuildStore.Call::millis).min().orElse(0);
  }

  private static double max(List<MeteredGuildStore.Call> calls) {
    return calls.stream().mapToDouble(MeteredGuildStore.Call::millis).max().orElse(0);
  }
}
