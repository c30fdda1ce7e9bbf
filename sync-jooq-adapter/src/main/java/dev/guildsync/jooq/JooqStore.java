package dev.guildsync.jooq;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.CharacterStorePort;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLookupPort;
import dev.guildsync.core.character.GuildRegistryPort;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSnapshot;
import dev.guildsync.core.guild.GuildStorePort;
import dev.guildsync.core.guild.TrackedGuild;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/**
 * guildsync's store in PostgreSQL, over the reference schema this module ships at {@link
 * #MIGRATION_LOCATION}: every store port in one object ({@link CharacterStorePort}, {@link
 * GuildLookupPort}, {@link GuildStorePort}, {@link GuildRegistryPort}), so one instance serves both
 * syncs and the {@code GuildSync} facade.
 *
 * <p>Characters: a guild link is written only as a local {@code guilds.id} that exists at write
 * time, never as a Battle.net id (the save locks the linked guilds {@code FOR KEY SHARE} and writes
 * NULL for any that is gone). Guilds: a roster's whole outcome is written in one transaction with a
 * constant number of statements, the guild row locked first, so no interleaving raises a foreign
 * key or unique-constraint error. The module's README lists the statements of each call.
 *
 * <p>The store owns no connection pool; it borrows connections from the {@link DataSource} or
 * {@link DSLContext} it was made with. Thread-safe: one instance may serve any number of threads,
 * and any number of instances (in any number of processes) may share one database.
 *
 * <p>Database failures are thrown as {@link SyncException} with a one-line message that never
 * contains a password: {@code database unreachable at jdbc:postgresql://host:5432/db}, {@code
 * schema missing: ..., apply the guildsync migrations (db/guildsync) first}, or {@code database
 * error while <doing>: ...}.
 */
public final class JooqStore
    implements CharacterStorePort, GuildLookupPort, GuildStorePort, GuildRegistryPort {

  /**
   * The classpath location of guildsync's schema migrations, Flyway style ({@code
   * V1__guildsync_schema.sql}, {@code V2__...}). A folder of its own, not Flyway's default {@code
   * db/migration}, so that they never collide with the application's own migrations. With Flyway:
   * {@code locations("classpath:" + MIGRATION_LOCATION).table(HISTORY_TABLE)
   * .baselineOnMigrate(true).baselineVersion("0")} (the baseline lets them apply to a schema that
   * already holds the application's tables); the application's own Flyway then needs {@code
   * .baselineOnMigrate(true).baselineVersion("0")} too, so that it runs after them on a fresh
   * database without skipping its own {@code V1}.
   */
  public static final String MIGRATION_LOCATION = "db/guildsync";

  /**
   * The Flyway history table for guildsync's migrations: one of their own, so they are versioned
   * apart from the application's (which keeps {@code flyway_schema_history}).
   */
  public static final String HISTORY_TABLE = "guildsync_schema_history";

  /** How long a call made during a run retries a transient database error by default. */
  public static final Duration DEFAULT_TRANSIENT_RETRY = StoreCalls.DEFAULT_TRANSIENT_RETRY;

  private final StoreCalls calls;
  private final JooqCharacterStore characters;
  private final JooqGuildStore guilds;
  private final JooqLeases leases;

  private JooqStore(StoreCalls calls) {
    this.calls = calls;
    this.characters = new JooqCharacterStore(calls);
    this.guilds = new JooqGuildStore(calls);
    this.leases = new JooqLeases(calls);
  }

  /**
   * A store over {@code dataSource}, which must reach PostgreSQL. Connects only when used.
   *
   * @throws NullPointerException when {@code dataSource} is null
   */
  public static JooqStore create(DataSource dataSource) {
    return new JooqStore(StoreCalls.over(dataSource));
  }

  /**
   * A store over the connections of {@code dsl}, which must reach PostgreSQL; its dialect is
   * replaced with {@link org.jooq.SQLDialect#POSTGRES}, its other settings, listeners and providers
   * are kept. Saves run in a transaction of {@code dsl}'s transaction provider. The store is as
   * thread-safe as {@code dsl}'s connection provider: one over a {@link DataSource} (or a pool) is,
   * one over a single {@link java.sql.Connection} is not.
   *
   * @throws NullPointerException when {@code dsl} is null
   */
  public static JooqStore create(DSLContext dsl) {
    return new JooqStore(StoreCalls.over(dsl));
  }

  /**
   * A store like this one that retries a transient database error (connection lost or refused,
   * server shutting down or restarting, a lost deadlock) for at most {@code retryFor} before it
   * throws, each attempt on a fresh connection. Applies to every port call, each of which is one
   * transaction that is safe to repeat; not to {@link #verifySchema()} and {@link #countDue}, which
   * fail at once. Default {@link #DEFAULT_TRANSIENT_RETRY}; {@link Duration#ZERO} never retries.
   *
   * @throws IllegalArgumentException when {@code retryFor} is negative
   */
  public JooqStore withTransientRetry(Duration retryFor) {
    return new JooqStore(calls.withTransientRetry(retryFor));
  }

  /**
   * Checks that the database is reachable and has every table and column this store uses. Call it
   * once before running to fail early with a clear message.
   *
   * @throws SyncException {@code database unreachable at ...} when no connection can be made, or
   *     {@code schema missing: table characters does not exist, apply the guildsync migrations
   *     (db/guildsync) first} (or the missing column) when the migrations were not applied
   */
  public void verifySchema() {
    calls.run(
        "checking the schema",
        () -> {
          SchemaCheck.verify(calls.dsl());
          return null;
        });
  }

  /**
   * Counts the characters that {@link #claimDueCharacters} would hand out under {@code query},
   * ignoring its limit: for progress bars and ETAs. Not a reservation: by the time a run claims,
   * the number may have changed.
   *
   * @return how many characters are due, zero or more
   * @throws SyncException when the database cannot be reached or read
   */
  public long countDue(DueQuery query) {
    return characters.countDue(query);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement: {@code WITH due AS (SELECT ... ORDER BY last_synced_at NULLS FIRST, id LIMIT
   * ? FOR NO KEY UPDATE SKIP LOCKED)} on {@code characters}, the lease's {@code sync_leases} row,
   * an {@code INSERT ... ON CONFLICT ... DO UPDATE ... WHERE} of the claims into {@code
   * character_claims}, and the taken rows with their details' states. The character rows are
   * locked, never rewritten.
   */
  @Override
  public Claimed<DueCharacter> claimDueCharacters(DueQuery query) {
    return characters.claimDueCharacters(query);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction with a number of statements that does not grow with the batch. When
   * PostgreSQL refuses the batch for its data (SQLSTATE class 22 or 23), the batch is saved again
   * in halves, recursively, and each refused change's character is parked with the database's
   * reason under {@code backoff}.
   *
   * @throws IllegalArgumentException when two changes are for the same character; nothing is
   *     written
   */
  @Override
  public CharacterSaveResult saveCharacters(
      Lease lease, List<CharacterChange> changes, FailureBackoff backoff) {
    return characters.saveCharacters(lease, changes, backoff);
  }

  /** Parks under {@link FailureBackoff#DEFAULT}, the syncs' default back-off. */
  @Override
  public CharacterSaveResult saveCharacters(Lease lease, List<CharacterChange> changes) {
    return saveCharacters(lease, changes, FailureBackoff.DEFAULT);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One query for the whole set ({@code bnet_guild_id = ANY(?)}); none when {@code ids} is
   * empty.
   */
  @Override
  public Map<BnetGuildId, GuildKey> findGuildKeys(Region region, Set<BnetGuildId> ids) {
    return characters.findGuildKeys(region, ids);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction, as for characters: the due guilds {@code FOR NO KEY UPDATE SKIP LOCKED},
   * the lease row and one {@code INSERT INTO guild_claims ... ON CONFLICT} for the batch.
   */
  @Override
  public Claimed<TrackedGuild> claimDueGuilds(DueQuery query) {
    return guilds.claimDueGuilds(query);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Four queries, whatever the roster size.
   */
  @Override
  public GuildSnapshot loadGuild(TrackedGuild guild, GuildRoster roster) {
    return guilds.loadGuild(guild, roster);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction of at most seventeen statements, whatever the roster size. When another
   * local guild takes the roster's Battle.net id while this save runs, the save is tried again once
   * and then finds that guild: {@code DUPLICATE}, never a unique-constraint error. When PostgreSQL
   * refuses the change for its data (SQLSTATE class 22 or 23), nothing of it is written; the guild
   * is parked with the database's reason under {@code backoff} ({@code PARKED}).
   */
  @Override
  public GuildSaveResult saveGuild(Lease lease, GuildChange change, FailureBackoff backoff) {
    return guilds.saveGuild(lease, change, backoff);
  }

  /** Parks under {@link FailureBackoff#DEFAULT}, the syncs' default back-off. */
  @Override
  public GuildSaveResult saveGuild(Lease lease, GuildChange change) {
    return saveGuild(lease, change, FailureBackoff.DEFAULT);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction under an advisory lock on (region, realm, lower-case name): a read, and an
   * insert when no row matches.
   */
  @Override
  public GuildKey trackGuild(Region region, String realmSlug, String name) {
    return guilds.trackGuild(region, realmSlug, name);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Two statements for the whole set; none when it is empty.
   */
  @Override
  public Map<BnetGuildId, GuildKey> registerGuilds(Region region, Collection<ProfileGuild> guilds) {
    return this.guilds.registerGuilds(region, guilds);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One {@code UPDATE} for the whole set; none when it is empty.
   */
  @Override
  public Set<GuildKey> followGuilds(Region region, Collection<ProfileGuild> guilds) {
    return this.guilds.followGuilds(region, guilds);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement moving the end of the lease's claims rows (a HOT update of narrow rows) and of
   * its {@code sync_leases} row; the same for a character lease and a guild lease.
   */
  @Override
  public Lease renew(Lease lease, Instant until) {
    return leases.renew(lease, until);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction deleting the lease's claims (character or guild claims: a lease holds one
   * kind) and its {@code sync_leases} row.
   */
  @Override
  public void release(Lease lease) {
    leases.release(lease);
  }
}
