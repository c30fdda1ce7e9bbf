package dev.guildsync.example;

import dev.guildsync.RequestCounts;
import dev.guildsync.RunReport;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.UntrackedGuild;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.TrackedGuild;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Prints a run's report for people: outcome counts, guild links, untracked guilds. */
final class Summary {
  /** Not-found guilds named one per line; a run over many unavailable guilds names the first. */
  static final int NOT_FOUND_SHOWN = 10;

  private Summary() {}

  /** Both phases: the guild lines when the guild phase ran, then the character lines. */
  static void print(PrintWriter out, RunReport run) {
    GuildSyncReport guilds = run.guilds().orElseGet(Reports::noGuilds);
    if (guilds.batches() > 0 || guilds.guilds() > 0) {
      out.printf(
          Locale.ROOT,
          "%s %s in %.1f s: updated %d, unchanged %d, not found %d, failed %d, duplicates %d%n",
          guilds.failed() == guilds.guilds() && guilds.failed() > 0
              ? "Every roster fetch failed:"
              : "Synced",
          Plural.count(guilds.guilds(), "guild", "guilds"),
          guilds.duration().toMillis() / 1000.0,
          guilds.updated(),
          guilds.unchanged(),
          guilds.notFound(),
          guilds.failed(),
          guilds.duplicates());
      out.printf(
          Locale.ROOT,
          "  members: joined %d, left %d, rejoined %d, rank changed %d, renamed %d;"
              + " characters created %d%n",
          guilds.joined(),
          guilds.left(),
          guilds.rejoined(),
          guilds.rankChanged(),
          guilds.renamed(),
          guilds.charactersCreated());
      guilds.duplicateGuilds().forEach(d -> out.printf(Locale.ROOT, "  duplicate: %s%n", d));
      printReasons(out, guilds.failureReasons());
      List<TrackedGuild> notFound = guilds.notFoundGuilds();
      for (TrackedGuild guild : notFound.subList(0, Math.min(notFound.size(), NOT_FOUND_SHOWN))) {
        out.printf(
            Locale.ROOT,
            "  not found: local guild %d, %s %s \"%s\" (check the realm slug and name;"
                + " `untrack-guild --id %d` removes it)%n",
            guild.key().value(),
            guild.ref().region().code(),
            guild.ref().realmSlug(),
            guild.name(),
            guild.key().value());
      }
      if (notFound.size() > NOT_FOUND_SHOWN) {
        out.printf(
            Locale.ROOT,
            "  ... and %d more not found (all of them: `guilds`, or --report-json's"
                + " notFoundGuilds)%n",
            notFound.size() - NOT_FOUND_SHOWN);
      }
    }
    print(out, run.characters().orElseGet(Reports::noCharacters), run.requests());
  }

  /**
   * The first line's format: "Synced" only when profiles were fetched and some arrived; a run of
   * status checks alone, or one where every fetch failed, says so.
   */
  private static String headline(CharacterSyncReport report) {
    int characters = report.characters();
    if (characters > 0 && report.retention().total() == characters) {
      return "Checked the status of %s in %.1f s (%s); no profile was due.%n";
    }
    if (characters > 0 && report.failed() == characters) {
      return "Every fetch failed: %s in %.1f s (%s); the reasons are below.%n";
    }
    return "Synced %s in %.1f s (%s).%n";
  }

  private static void printReasons(PrintWriter out, Map<String, Integer> reasons) {
    for (Map.Entry<String, Integer> reason : reasons.entrySet()) {
      out.printf(Locale.ROOT, "  failed x%d: %s%n", reason.getValue(), reason.getKey());
    }
  }

  static void print(PrintWriter out, CharacterSyncReport report, RequestCounts requests) {
    out.printf(
        Locale.ROOT,
        headline(report),
        Plural.count(report.characters(), "character", "characters"),
        report.duration().toMillis() / 1000.0,
        Plural.count(report.batches(), "batch", "batches"));
    out.printf(
        Locale.ROOT,
        "  updated %d, unchanged (304) %d, not found %d, identity changed %d, failed %d%n",
        report.updated(),
        report.unchanged(),
        report.notFound(),
        report.identityChanged(),
        report.failed());
    out.printf(
        Locale.ROOT,
        "  retention (status checks): validated %d, purged %d, deleted %d, marked invalid %d%n",
        report.retention().validated(),
        report.retention().purged(),
        report.retention().deleted(),
        report.retention().markedInvalid());
    out.printf(
        Locale.ROOT,
        "  guild links: linked %d, untracked guild %d, no guild %d%s%n",
        report.linked(),
        report.untracked(),
        report.guildless(),
        report.guildLinksDropped() > 0
            ? " (" + report.guildLinksDropped() + " guilds deleted during the run)"
            : "");
    out.printf(
        Locale.ROOT,
        "  Battle.net requests: sent %d, retried %d, throttled %d%n",
        requests.sent(),
        requests.retried(),
        requests.throttled());
    if (!report.details().isEmpty()) {
      StringJoiner details = new StringJoiner("; ", "  details (fetched/304/absent/failed): ", "");
      for (CharacterDetail detail : CharacterDetail.values()) {
        CharacterSyncReport.DetailCounts c = report.details().get(detail);
        if (c != null) {
          details.add(
              detail.wireName()
                  + " "
                  + c.fetched()
                  + "/"
                  + c.notModified()
                  + "/"
                  + c.absent()
                  + "/"
                  + c.failed());
        }
      }
      out.println(details);
    }
    if (report.leaseLost() > 0) {
      out.printf(
          Locale.ROOT, "  %d characters were taken over by another run%n", report.leaseLost());
    }
    printReasons(out, report.failureReasons());
    if (!report.untrackedGuilds().isEmpty()) {
      out.println();
      out.println("Untracked guilds (characters link to NULL until you add these to guilds):");
      out.printf(
          Locale.ROOT,
          "  %-6s %-12s %-28s %-20s %s%n",
          "region",
          "bnet id",
          "name",
          "realm",
          "chars");
      for (UntrackedGuild guild : report.untrackedGuilds()) {
        out.printf(
            Locale.ROOT,
            "  %-6s %-12d %-28s %-20s %d%n",
            guild.region().code(),
            guild.bnetGuildId().value(),
            guild.name(),
            guild.realmSlug(),
            guild.characters());
      }
    }
    out.flush();
  }
}
