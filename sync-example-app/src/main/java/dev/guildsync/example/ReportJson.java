package dev.guildsync.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.guildsync.RequestCounts;
import dev.guildsync.RunReport;
import dev.guildsync.core.PhaseReport;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.UntrackedGuild;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.TrackedGuild;
import dev.guildsync.core.outage.BattleNetOutageException;
import dev.guildsync.core.outage.BattleNetUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes the {@code --report-json} file, whose fields are part of the CLI's contract. */
public final class ReportJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /**
   * The contract's JSON object for a run of both phases that completed (a phase that did not run is
   * zero): {@code "outcome": "completed"}, {@code "outage": null}.
   */
  static Map<String, Object> of(RunReport run) {
    return withOutcome(counts(run), Optional.empty());
  }

  /**
   * The contract's JSON object for a run that Battle.net's outage stopped: the counts are what the
   * phase that met the outage did until then (the other phase's are zero), {@code "outcome":
   * "battleNetUnavailable"} and {@code "outage": {"message", "host", "unreachable",
   * "failuresInARow"}}.
   */
  static Map<String, Object> of(BattleNetOutageException outage, RequestCounts requests) {
    PhaseReport partial = outage.partialReport();
    RunReport run =
        new RunReport(
            Optional.of(partial)
                .filter(GuildSyncReport.class::isInstance)
                .map(GuildSyncReport.class::cast),
            Optional.of(partial)
                .filter(CharacterSyncReport.class::isInstance)
                .map(CharacterSyncReport.class::cast),
            requests);
    return withOutcome(counts(run), Optional.of(outage.unavailable()));
  }

  private static Map<String, Object> withOutcome(
      Map<String, Object> root, Optional<BattleNetUnavailableException> outage) {
    // Each addition to the contract goes after what was there before it.
    root.put("outcome", outage.isPresent() ? "battleNetUnavailable" : "completed");
    root.put("outage", outage.map(ReportJson::outage).orElse(null));
    root.put("details", root.remove("details"));
    return root;
  }

  private static Map<String, Object> outage(BattleNetUnavailableException e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("message", e.getMessage());
    json.put("host", e.host());
    json.put("unreachable", e.unreachable());
    json.put("failuresInARow", e.failuresInARow());
    return json;
  }

  private static Map<String, Object> counts(RunReport run) {
    CharacterSyncReport characters = run.characters().orElseGet(Reports::noCharacters);
    Map<String, Object> root = of(characters, run.requests());
    GuildSyncReport guilds = run.guilds().orElseGet(Reports::noGuilds);
    Map<String, Object> guildCounts = new LinkedHashMap<>();
    guildCounts.put("updated", guilds.updated());
    guildCounts.put("unchanged", guilds.unchanged());
    guildCounts.put("notFound", guilds.notFound());
    guildCounts.put("failed", guilds.failed());
    guildCounts.put("duplicates", guilds.duplicates());
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("joined", guilds.joined());
    members.put("left", guilds.left());
    members.put("rejoined", guilds.rejoined());
    members.put("rankChanged", guilds.rankChanged());
    members.put("renamed", guilds.renamed());
    members.put("charactersCreated", guilds.charactersCreated());
    root.put("durationMillis", characters.duration().plus(guilds.duration()).toMillis());
    root.put("guilds", guildCounts);
    root.put("members", members);
    // Each addition to the contract goes after what was there before it.
    root.put("retention", root.remove("retention"));
    root.put("notFoundGuilds", guilds.notFoundGuilds().stream().map(ReportJson::guild).toList());
    return root;
  }

  /** The contract's JSON object for a character-only run. */
  static Map<String, Object> of(CharacterSyncReport report, RequestCounts requests) {
    Map<String, Object> characters = new LinkedHashMap<>();
    characters.put("updated", report.updated());
    characters.put("unchanged", report.unchanged());
    characters.put("notFound", report.notFound());
    characters.put("identityChanged", report.identityChanged());
    characters.put("failed", report.failed());
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("linked", report.linked());
    links.put("untracked", report.untracked());
    links.put("none", report.guildless());
    List<Map<String, Object>> untracked =
        report.untrackedGuilds().stream().map(ReportJson::untrackedGuild).toList();
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("sent", requests.sent());
    counts.put("retried", requests.retried());
    counts.put("throttled", requests.throttled());
    Map<String, Object> retention = new LinkedHashMap<>();
    retention.put("validated", report.retention().validated());
    retention.put("purged", report.retention().purged());
    retention.put("deleted", report.retention().deleted());
    retention.put("markedInvalid", report.retention().markedInvalid());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("characters", characters);
    root.put("guildLinks", links);
    root.put("untrackedGuilds", untracked);
    root.put("requests", counts);
    root.put("durationMillis", report.duration().toMillis());
    root.put("retention", retention);
    root.put("details", details(report));
    return root;
  }

  /** One entry per enabled detail, in {@link CharacterDetail}'s order, zeros included. */
  private static Map<String, Object> details(CharacterSyncReport report) {
    Map<String, Object> details = new LinkedHashMap<>();
    for (CharacterDetail detail : CharacterDetail.values()) {
      CharacterSyncReport.DetailCounts counts = report.details().get(detail);
      if (counts != null) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fetched", counts.fetched());
        json.put("notModified", counts.notModified());
        json.put("absent", counts.absent());
        json.put("failed", counts.failed());
        details.put(detail.wireName(), json);
      }
    }
    return details;
  }

  private static Map<String, Object> untrackedGuild(UntrackedGuild guild) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("region", guild.region().code());
    json.put("bnetGuildId", guild.bnetGuildId().value());
    json.put("name", guild.name());
    json.put("realm", guild.realmSlug());
    json.put("characters", guild.characters());
    return json;
  }

  private static Map<String, Object> guild(TrackedGuild guild) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", guild.key().value());
    json.put("region", guild.ref().region().code());
    json.put("realm", guild.ref().realmSlug());
    json.put("name", guild.name());
    return json;
  }

  /**
   * Writes {@code json} to {@code file}, creating parent folders.
   *
   * @throws UsageException when the file cannot be written
   */
  public static void write(Path file, Object json) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      JSON.writeValue(file.toFile(), json);
    } catch (IOException e) {
      throw new UsageException("cannot write report to " + file + ": " + e.getMessage());
    }
  }

  static String toString(Object json) {
    try {
      return JSON.writeValueAsString(json);
    } catch (IOException e) {
      throw new IllegalStateException("cannot render JSON", e);
    }
  }
}
