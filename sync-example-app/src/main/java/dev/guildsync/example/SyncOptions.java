package dev.guildsync.example;

import dev.guildsync.Phase;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.RetentionPolicy;
import dev.guildsync.core.character.UntrackedGuildPolicy;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.guild.GuildSyncSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options {@code sync} and {@code run} share: what one sync run does and where it reports. */
final class SyncOptions {
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
      names = "--retention",
      paramLabel = "purge|delete|keep",
      defaultValue = "purge",
      converter = RetentionConverter.class,
      description =
          "What happens to a character Battle.net's status endpoint calls invalid: purge its"
              + " Battle.net data, delete its row, or keep it marked (default ${DEFAULT-VALUE}).")
  RetentionPolicy retention;

  @Option(
      names = "--active-within",
      paramLabel = "DURATION",
      defaultValue = "P14D",
      converter = DurationConverter.Positive.class,
      description =
          "A character whose last login is older than this is idle (default ${DEFAULT-VALUE}).")
  Duration activeWithin;

  @Option(
      names = "--idle-stale-after",
      paramLabel = "DURATION",
      defaultValue = "P7D",
      description =
          "Sync idle characters last synced longer ago than this, never more often than"
              + " --stale-after; a --stale-after of zero syncs every one (default ${DEFAULT-VALUE}).")
  Duration idleStaleAfter;

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
          "How long a batch stays reserved after its last renewal (default ${DEFAULT-VALUE});"
              + " renewed while the batch runs, so a crashed run's characters come back within"
              + " this time.")
  Duration lease;

  @Option(
      names = "--shared-quota",
      description =
          "Share the request limits with every instance that syncs on this database with the same"
              + " client id: one quota bucket in the database (table sync_quota_buckets).")
  boolean sharedQuota;

  @Option(
      names = "--only",
      paramLabel = "guilds|characters",
      description = "Run one phase only (default: guilds, then characters).")
  Phase only;

  @Option(
      names = "--untracked-guilds",
      paramLabel = "report|register",
      defaultValue = "report",
      description =
          "Guilds that profiles name but no local guild tracks: report them (default) or register"
              + " them, so their next guild sync brings their rosters.")
  UntrackedGuildPolicy untrackedGuilds;

  @Option(
      names = "--details",
      paramLabel = "LIST",
      defaultValue = "equipment,mythic-plus,professions",
      converter = DetailsConverter.class,
      description =
          "Character details to sync after a login, comma-separated: equipment, mythic-plus,"
              + " professions, raids, toys; or none (default ${DEFAULT-VALUE}). Each costs one"
              + " request per character that logged in since it was last fetched.")
  Set<CharacterDetail> details;

  @Option(
      names = "--report-json",
      paramLabel = "FILE",
      description = "Also write the run's report as JSON to this file.")
  Path reportJson;

  /** Connections the app's pool needs: fetch threads share a few; the shared quota takes two. */
  int poolSize() {
    return Math.min(concurrency, 4) + (sharedQuota ? 4 : 2);
  }

  /** The character sync's settings these options describe. */
  CharacterSyncSettings characterSettings() {
    CharacterSyncSettings.Builder builder =
        CharacterSyncSettings.newBuilder()
            .staleAfter(staleAfter)
            .retention(retention)
            .activeWithin(activeWithin)
            .idleStaleAfter(idleStaleAfter)
            .concurrency(concurrency)
            .lease(lease)
            .untrackedGuilds(untrackedGuilds)
            .details(details);
    if (maxCharacters != null) {
      builder.maxCharactersPerRun(maxCharacters);
    }
    return builder.build();
  }

  /** The guild sync's settings: the same staleness, concurrency, lease and limit per phase. */
  GuildSyncSettings guildSettings() {
    GuildSyncSettings.Builder builder =
        GuildSyncSettings.newBuilder()
            .staleAfter(staleAfter)
            .concurrency(Math.min(concurrency, 64))
            .lease(lease);
    if (maxCharacters != null) {
      builder.maxGuildsPerRun(maxCharacters);
    }
    return builder.build();
  }

  /** What one run does: both phases, or the one {@code --only} names. */
  SyncWiring.Plan plan() {
    Set<Phase> phases = only == null ? EnumSet.allOf(Phase.class) : EnumSet.of(only);
    return new SyncWiring.Plan(phases, characterSettings(), guildSettings());
  }

  /** Reads {@code none} or a comma-separated list of detail names, each at most once. */
  static final class DetailsConverter implements ITypeConverter<Set<CharacterDetail>> {
    @Override
    public Set<CharacterDetail> convert(String value) {
      if (value.trim().equalsIgnoreCase("none")) {
        return EnumSet.noneOf(CharacterDetail.class);
      }
      Set<CharacterDetail> details = EnumSet.noneOf(CharacterDetail.class);
      for (String name : value.split(",", -1)) {
        try {
          if (!details.add(CharacterDetail.parse(name))) {
            throw new TypeConversionException("detail '" + name.trim() + "' is listed twice");
          }
        } catch (IllegalArgumentException e) {
          throw new TypeConversionException(e.getMessage() + ", or none");
        }
      }
      return details;
    }
  }

  /** Reads {@code purge}, {@code delete} or {@code keep}, in any case. */
  static final class RetentionConverter implements ITypeConverter<RetentionPolicy> {
    @Override
    public RetentionPolicy convert(String value) {
      for (RetentionPolicy policy : RetentionPolicy.values()) {
        if (policy.name().equalsIgnoreCase(value)) {
          return policy;
        }
      }
      throw new TypeConversionException("expected purge, delete or keep, not '" + value + "'");
    }
  }

  /**
   * The Battle.net settings, secrets from {@code env}.
   *
   * @throws UsageException when a secret is missing
   */
  SyncWiring.BnetSettings bnet(Environment env) {
    return new SyncWiring.BnetSettings(
        env.require(Environment.CLIENT_ID, "Battle.net client id"),
        env.require(Environment.CLIENT_SECRET, "Battle.net client secret"),
        Optional.ofNullable(apiBaseUrl),
        Optional.ofNullable(oauthTokenUrl),
        requestsPerSecond,
        requestsPerHour);
  }

  /**
   * Checks, before any work, that {@code --report-json} can be written: a run must not do all its
   * work and then lose its report.
   *
   * @throws UsageException naming the path and the reason
   */
  void checkReportPath() {
    if (reportJson == null) {
      return;
    }
    Path file = reportJson.toAbsolutePath();
    try {
      if (Files.isDirectory(file)) {
        throw new UsageException("--report-json " + reportJson + " is a directory");
      }
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (Files.exists(file)) {
        if (!Files.isWritable(file)) {
          throw new UsageException("--report-json " + reportJson + " is not writable");
        }
      } else {
        Files.delete(Files.createTempFile(parent, ".guildsync-report-", ".tmp"));
      }
    } catch (IOException e) {
      throw new UsageException("--report-json " + reportJson + " cannot be written: " + e);
    }
  }
}
