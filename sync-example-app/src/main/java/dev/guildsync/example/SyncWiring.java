package dev.guildsync.example;

import com.zaxxer.hikari.HikariDataSource;
import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.core.SchemaMissingException;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.guild.GuildSyncListener;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.GuildSyncService;
import dev.guildsync.core.guild.GuildSyncSettings;
import dev.guildsync.jooq.JooqCharacterStore;
import dev.guildsync.jooq.JooqGuildStore;
import io.github.bucket4j.BucketConfiguration;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The reference wiring: the user's pool, the jOOQ adapter, the Battle.net client and the sync
 * service. {@code sync}, {@code run} and the bench (sync-bench) run through here.
 */
public final class SyncWiring implements AutoCloseable {

  /** What the Battle.net client needs. The secret never leaves this record but to the client. */
  public record BnetSettings(
      String clientId,
      String clientSecret,
      Optional<URI> apiBaseUrl,
      Optional<URI> tokenUrl,
      int requestsPerSecond,
      int requestsPerHour) {
    @Override
    public String toString() {
      return "BnetSettings[clientId=" + clientId + ", clientSecret=***]";
    }
  }

  /**
   * A run's reports and the Battle.net requests it made.
   *
   * @param report the character phase (empty when it did not run)
   * @param guilds the guild phase (empty when it did not run)
   * @param requests the requests both phases sent
   */
  public record Outcome(
      CharacterSyncReport report, GuildSyncReport guilds, RequestCounts requests) {}

  /**
   * What one run does.
   *
   * @param phases the phases to run, guilds before characters
   * @param characters the character phase's settings
   * @param guilds the guild phase's settings
   */
  public record Plan(
      Set<Phase> phases, CharacterSyncSettings characters, GuildSyncSettings guilds) {
    /** A plan that syncs characters only, with {@code settings}. */
    public static Plan charactersOnly(CharacterSyncSettings settings) {
      return new Plan(EnumSet.of(Phase.CHARACTERS), settings, GuildSyncSettings.defaults());
    }
  }

  private final JooqCharacterStore store;
  private final JooqGuildStore guildStore;
  private final BattleNetClient client;
  private final Optional<AutoCloseable> ownedPool;

  private SyncWiring(
      DataSource dataSource, BattleNetClient client, Optional<AutoCloseable> ownedPool) {
    this.store = JooqCharacterStore.create(dataSource);
    this.guildStore = JooqGuildStore.create(dataSource);
    verifySchema(store::verifySchema);
    verifySchema(guildStore::verifySchema);
    this.client = client;
    this.ownedPool = ownedPool;
  }

  /**
   * Builds the client, then opens the pool (which checks the database first) and checks the schema;
   * closing the wiring closes both.
   *
   * @throws SyncException when the database refuses, is unreachable or lacks the schema
   * @throws IllegalArgumentException when a Battle.net setting is invalid
   */
  public static SyncWiring open(
      BnetSettings bnet, boolean sharedQuota, Supplier<HikariDataSource> pool) {
    // Every setting first: a bad one is a usage error (exit 2) whatever state the database is in.
    BattleNetClient.Builder client = clientBuilder(bnet, sharedQuota);
    HikariDataSource dataSource = pool.get();
    try {
      return withClient(dataSource, bnet, sharedQuota, client, Optional.of(dataSource));
    } catch (RuntimeException e) {
      closeQuietly(dataSource);
      throw e;
    }
  }

  /**
   * Checks the schema and builds the client.
   *
   * @throws SyncException when the database is unreachable or the schema is missing
   * @throws IllegalArgumentException when a Battle.net setting is invalid
   */
  public static SyncWiring connect(DataSource dataSource, BnetSettings bnet) {
    return withClient(dataSource, bnet, false, clientBuilder(bnet, false), Optional.empty());
  }

  /** The builder with every setting checked; the quota is set once the database is known. */
  private static BattleNetClient.Builder clientBuilder(BnetSettings bnet, boolean sharedQuota) {
    BattleNetClient.Builder builder =
        BattleNetClient.newBuilder().clientId(bnet.clientId()).clientSecret(bnet.clientSecret());
    bnet.apiBaseUrl().ifPresent(builder::apiBaseUrl);
    bnet.tokenUrl().ifPresent(builder::tokenUrl);
    if (sharedQuota) {
      BattleNetClient.quotaConfiguration(bnet.requestsPerSecond(), bnet.requestsPerHour());
    } else {
      builder.requestsPerSecond(bnet.requestsPerSecond()).requestsPerHour(bnet.requestsPerHour());
    }
    return builder;
  }

  private static SyncWiring withClient(
      DataSource dataSource,
      BnetSettings bnet,
      boolean sharedQuota,
      BattleNetClient.Builder builder,
      Optional<AutoCloseable> ownedPool) {
    if (sharedQuota) {
      // The schema first: a missing bucket table is reported as "run migrate", like any table.
      verifySchema(JooqCharacterStore.create(dataSource)::verifySchema);
      BucketConfiguration limits =
          BattleNetClient.quotaConfiguration(bnet.requestsPerSecond(), bnet.requestsPerHour());
      builder.bucket(SharedQuota.bucket(dataSource, bnet.clientId(), limits));
    }
    BattleNetClient client = builder.build();
    try {
      return new SyncWiring(dataSource, client, ownedPool);
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      // Already failing: the first error is the one to report.
    }
  }

  private static void verifySchema(Runnable check) {
    try {
      check.run();
    } catch (SchemaMissingException e) {
      throw new SchemaMissingException(e.getMessage() + " (run `migrate --jdbc-url ...` first)", e);
    }
  }

  public JooqCharacterStore store() {
    return store;
  }

  /** The guild store: tracked guilds, rosters, members and ranks. */
  public JooqGuildStore guildStore() {
    return guildStore;
  }

  public BattleNetClient client() {
    return client;
  }

  public RequestCounts requests() {
    var stats = client.stats();
    return new RequestCounts(stats.sent(), stats.retried(), stats.throttled());
  }

  /**
   * One run with a progress display on {@code out}: the guild phase, then the character phase with
   * its total counted when it starts (so characters the rosters created are in it).
   */
  Outcome runOnce(Plan plan, PrintWriter out) {
    Clock clock = Clock.systemUTC();
    RequestCounts before = requests();
    GuildSyncReport guilds = Reports.noGuilds();
    if (plan.phases().contains(Phase.GUILDS)) {
      ProgressListener progress = ProgressListener.forConsole(out, OptionalLong.empty(), "guilds");
      try {
        guilds = guildService(plan.guilds(), progress, clock).run();
      } finally {
        progress.finish();
      }
    }
    CharacterSyncReport characters = Reports.noCharacters();
    if (plan.phases().contains(Phase.CHARACTERS)) {
      CharacterSyncSettings settings = plan.characters();
      Instant now = clock.instant();
      long due = store.countDue(settings.dueQuery(now, now, 1));
      long total = Math.min(due, settings.run().maxPerRun().orElse(Integer.MAX_VALUE));
      ProgressListener progress = ProgressListener.forConsole(out, OptionalLong.of(total));
      try {
        characters = characterService(settings, progress, clock).run();
      } finally {
        progress.finish();
      }
    }
    return new Outcome(characters, guilds, requests().minus(before));
  }

  /** One run of {@code plan} with any listeners and clock, guilds first. */
  public Outcome runOnce(
      Plan plan, CharacterSyncListener characters, GuildSyncListener guilds, Clock clock) {
    Objects.requireNonNull(plan, "plan");
    RequestCounts before = requests();
    GuildSyncReport guildReport =
        plan.phases().contains(Phase.GUILDS)
            ? guildService(plan.guilds(), guilds, clock).run()
            : Reports.noGuilds();
    CharacterSyncReport characterReport =
        plan.phases().contains(Phase.CHARACTERS)
            ? characterService(plan.characters(), characters, clock).run()
            : Reports.noCharacters();
    return new Outcome(characterReport, guildReport, requests().minus(before));
  }

  /** One character-only run with any listener and clock. */
  public Outcome runOnce(
      CharacterSyncSettings settings, CharacterSyncListener listener, Clock clock) {
    return runOnce(Plan.charactersOnly(settings), listener, new GuildSyncListener() {}, clock);
  }

  private CharacterSyncService characterService(
      CharacterSyncSettings settings, CharacterSyncListener listener, Clock clock) {
    return CharacterSyncService.newBuilder()
        .guildLookup(store)
        .guildRegistry(guildStore)
        .characterStore(store)
        .profileSource(client)
        .clock(clock)
        .settings(settings)
        .listener(listener)
        .build();
  }

  private GuildSyncService guildService(
      GuildSyncSettings settings, GuildSyncListener listener, Clock clock) {
    return GuildSyncService.newBuilder()
        .guildStore(guildStore)
        .rosterSource(client)
        .clock(clock)
        .settings(settings)
        .listener(listener)
        .build();
  }

  @Override
  public void close() {
    client.close();
    ownedPool.ifPresent(SyncWiring::closeQuietly);
  }
}
