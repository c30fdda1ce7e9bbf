package dev.guildsync.example;

import com.zaxxer.hikari.HikariDataSource;
import dev.guildsync.GuildSync;
import dev.guildsync.Phase;
import dev.guildsync.RequestCounts;
import dev.guildsync.RunReport;
import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.guild.GuildSyncSettings;
import dev.guildsync.jooq.JooqStore;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The reference wiring: the user's pool, one {@link JooqStore}, one {@link BattleNetClient}, and a
 * {@link GuildSync} per run over them. {@code sync}, {@code run} and the bench (sync-bench) run
 * through here.
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
   * What one run does.
   *
   * @param phases the phases to run (guilds always before characters)
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

  private final JooqStore store;
  private final BattleNetClient client;
  private final Optional<AutoCloseable> ownedPool;

  private SyncWiring(JooqStore store, BattleNetClient client, Optional<AutoCloseable> ownedPool) {
    this.store = store;
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
      return wire(dataSource, bnet, sharedQuota, client, Optional.of(dataSource));
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
    return wire(dataSource, bnet, false, clientBuilder(bnet, false), Optional.empty());
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

  private static SyncWiring wire(
      DataSource dataSource,
      BnetSettings bnet,
      boolean sharedQuota,
      BattleNetClient.Builder client,
      Optional<AutoCloseable> ownedPool) {
    // One store for both phases; the schema is checked once, before anything uses the database
    // (the shared quota's bucket table included), so a missing table says "run migrate".
    JooqStore store = Schema.verifiedStore(dataSource);
    if (sharedQuota) {
      client.bucket(
          SharedQuota.bucket(
              dataSource,
              bnet.clientId(),
              BattleNetClient.quotaConfiguration(
                  bnet.requestsPerSecond(), bnet.requestsPerHour())));
    }
    return new SyncWiring(store, client.build(), ownedPool);
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      // Already failing: the first error is the one to report.
    }
  }

  /** The store: every store port, for callers that track guilds or count what is due. */
  public JooqStore store() {
    return store;
  }

  /** The Battle.net client: every source port. */
  public BattleNetClient client() {
    return client;
  }

  /** The client's requests so far. */
  public RequestCounts requests() {
    return client.requestCounts();
  }

  /**
   * A sync of {@code plan} over this wiring's store and client: add listeners or a clock, then
   * {@code build().run()}. One per plan, since each command brings its own settings and listeners;
   * one built facade may run any number of times.
   */
  public GuildSync.Builder newSync(Plan plan) {
    return GuildSync.newBuilder()
        .store(store)
        .battleNet(client)
        .phases(plan.phases())
        .guildSettings(plan.guilds())
        .characterSettings(plan.characters());
  }

  /**
   * One run with a progress display on {@code out}; the characters' total is counted when their
   * phase starts, so characters the rosters created are in it.
   */
  RunReport runOnce(Plan plan, PrintWriter out) {
    ProgressListener progress = ProgressListener.forConsole(out, () -> charactersDue(plan));
    return newSync(plan)
        .guildListener(progress)
        .characterListener(progress)
        .phaseListener(progress)
        .build()
        .run();
  }

  private long charactersDue(Plan plan) {
    Instant now = Instant.now();
    long due = store.countDue(plan.characters().dueQuery(now, now, 1));
    return Math.min(due, plan.characters().run().maxPerRun().orElse(Integer.MAX_VALUE));
  }

  @Override
  public void close() {
    client.close();
    ownedPool.ifPresent(SyncWiring::closeQuietly);
  }
}
