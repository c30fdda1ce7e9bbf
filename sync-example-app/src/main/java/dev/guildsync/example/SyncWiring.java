package dev.guildsync.example;

import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.core.SchemaMissingException;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.DueQuery;
import dev.guildsync.jooq.JooqCharacterStore;
import io.github.bucket4j.BucketConfiguration;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The reference wiring: the user's pool, the jOOQ adapter, the Battle.net client and the sync
 * service. {@code sync}, {@code demo} and {@code bench} all run through here.
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

  /** A run's report and the Battle.net requests it made. */
  public record Outcome(CharacterSyncReport report, RequestCounts requests) {}

  private final JooqCharacterStore store;
  private final BattleNetClient client;

  private SyncWiring(JooqCharacterStore store, BattleNetClient client) {
    this.store = store;
    this.client = client;
  }

  /**
   * Checks the schema and builds the client, with its own in-process quota.
   *
   * @throws SyncException when the database is unreachable or the schema is missing
   * @throws IllegalArgumentException when a Battle.net setting is invalid
   */
  public static SyncWiring connect(DataSource dataSource, BnetSettings bnet) {
    return connect(dataSource, bnet, false);
  }

  /**
   * Checks the schema and builds the client; with {@code sharedQuota}, the client paces against the
   * quota bucket in this database that every instance with the same client id shares.
   *
   * @throws SyncException when the database is unreachable, the schema is missing or the shared
   *     quota's bucket cannot be used
   * @throws IllegalArgumentException when a Battle.net setting is invalid
   */
  public static SyncWiring connect(DataSource dataSource, BnetSettings bnet, boolean sharedQuota) {
    // Every setting first: a bad one is a usage error (exit 2) whatever state the database is in.
    BattleNetClient.Builder builder =
        BattleNetClient.newBuilder().clientId(bnet.clientId()).clientSecret(bnet.clientSecret());
    bnet.apiBaseUrl().ifPresent(builder::apiBaseUrl);
    bnet.tokenUrl().ifPresent(builder::tokenUrl);
    BucketConfiguration limits =
        BattleNetClient.quotaConfiguration(bnet.requestsPerSecond(), bnet.requestsPerHour());
    JooqCharacterStore store = JooqCharacterStore.create(dataSource);
    verifySchema(store);
    if (sharedQuota) {
      builder.bucket(SharedQuota.bucket(dataSource, bnet.clientId(), limits));
    } else {
      builder.requestsPerSecond(bnet.requestsPerSecond()).requestsPerHour(bnet.requestsPerHour());
    }
    return new SyncWiring(store, builder.build());
  }

  private static void verifySchema(JooqCharacterStore store) {
    try {
      store.verifySchema();
    } catch (SchemaMissingException e) {
      throw new SchemaMissingException(e.getMessage() + " (run `migrate --jdbc-url ...` first)", e);
    }
  }

  public JooqCharacterStore store() {
    return store;
  }

  public BattleNetClient client() {
    return client;
  }

  public RequestCounts requests() {
    var stats = client.stats();
    return new RequestCounts(stats.sent(), stats.retried(), stats.throttled());
  }

  /** One run with a progress display on {@code out}, its total counted before the run. */
  Outcome runOnce(CharacterSyncSettings settings, PrintWriter out) {
    Clock clock = Clock.systemUTC();
    Instant now = clock.instant();
    long due = store.countDue(DueQuery.forRun(settings, now, now, 1));
    long total = Math.min(due, settings.maxCharactersPerRun().orElse(Integer.MAX_VALUE));
    ProgressListener progress = ProgressListener.forConsole(out, OptionalLong.of(total));
    try {
      return runOnce(settings, progress, clock);
    } finally {
      progress.finish();
    }
  }

  /** One run with any listener and clock. */
  public Outcome runOnce(
      CharacterSyncSettings settings, CharacterSyncListener listener, Clock clock) {
    Objects.requireNonNull(settings, "settings");
    RequestCounts before = requests();
    CharacterSyncService service =
        CharacterSyncService.newBuilder()
            .guildLookup(store)
            .characterStore(store)
            .profileSource(client)
            .clock(clock)
            .settings(settings)
            .listener(listener)
            .build();
    CharacterSyncReport report = service.run();
    return new Outcome(report, requests().minus(before));
  }

  @Override
  public void close() {
    client.close();
  }
}
