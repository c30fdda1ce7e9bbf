package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.GUILDS;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.CharacterStorePort;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLookupPort;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Stores characters and looks up guilds in PostgreSQL, over the reference schema this module ships
 * at {@link #MIGRATION_LOCATION}. Implements both {@link CharacterStorePort} and {@link
 * GuildLookupPort}.
 *
 * <p>A guild link is written only as a local {@code guilds.id} that exists at write time, never as
 * a Battle.net id: the store locks the linked guilds ({@code FOR KEY SHARE}) in the save's
 * transaction before writing, and writes NULL for any that is gone.
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
public final class JooqCharacterStore implements CharacterStorePort, GuildLookupPort {

  /**
   * The classpath location of guildsync's schema migrations, Flyway style ({@code
   * V1__guildsync_schema.sql}, {@code V2__...}). A folder of its own, not Flyway's default {@code
   * db/migration}, so that they never collide with the application's own migrations. With Flyway:
   * {@code locations("classpath:" + MIGRATION_LOCATION).table(HISTORY_TABLE)
   * .baselineOnMigrate(true).baselineVersion("0")} (the baseline lets them apply to a schema that
   * already holds the application's tables).
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
  private final DSLContext dsl;

  private JooqCharacterStore(StoreCalls calls) {
    this.calls = calls;
    this.dsl = calls.dsl();
  }

  /**
   * A store like this one that retries a transient database error (connection lost or refused,
   * server shutting down or restarting, a lost deadlock) for at most {@code retryFor} before it
   * throws, each attempt on a fresh connection. Applies to claims, saves, lease renewals and
   * releases and guild lookups, each of which is one transaction that is safe to repeat; not to
   * {@link #verifySchema()} and {@link #countDue}, which fail at once. Default {@link
   * #DEFAULT_TRANSIENT_RETRY}; {@link Duration#ZERO} never retries.
   *
   * @throws IllegalArgumentException when {@code retryFor} is negative
   */
  public JooqCharacterStore withTransientRetry(Duration retryFor) {
    return new JooqCharacterStore(calls.withTransientRetry(retryFor));
  }

  /**
   * A store over {@code dataSource}, which must reach PostgreSQL. Connects only when used.
   *
   * @throws NullPointerException when {@code dataSource} is null
   */
  public static JooqCharacterStore create(DataSource dataSource) {
    return new JooqCharacterStore(StoreCalls.over(dataSource));
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
  public static JooqCharacterStore create(DSLContext dsl) {
    return new JooqCharacterStore(StoreCalls.over(dsl));
  }

  /**
   * Checks that the database is reachable and has every table and column this store uses. Call it
   * once before a run to fail early with a clear message.
   *
   * @throws SyncException {@code database unreachable at ...} when no connection can be made, or
   *     {@code schema missing: table characters does not exist, apply the guildsync migrations
   *     (db/guildsync) first} (or the missing column) when the migration was not applied
   */
  public void verifySchema() {
    run(
        "checking the schema",
        () -> {
          SchemaCheck.verify(dsl);
          return null;
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction: {@code SELECT ... ORDER BY last_synced_at NULLS FIRST, id LIMIT ? FOR NO
   * KEY UPDATE SKIP LOCKED} on {@code characters}, then one row into {@code sync_leases} and one
   * {@code INSERT ... SELECT ... FROM unnest(?) ... ON CONFLICT} into {@code character_claims}. The
   * character rows are locked, never rewritten.
   */
  @Override
  public Claimed<DueCharacter> claimDueCharacters(DueQuery query) {
    Objects.requireNonNull(query, "query");
    Lease lease = new Lease(UUID.randomUUID(), query.leaseUntil());
    return retrying("claiming", () -> DueClaim.claim(dsl, query, lease));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One {@code UPDATE} of the lease's {@code sync_leases} row, whatever the batch size.
   */
  @Override
  public Lease renew(Lease lease, Instant until) {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(until, "until");
    retrying(
        "renewing a lease",
        () -> {
          Claims.renew(dsl, lease, until);
          return null;
        });
    return new Lease(lease.id(), until);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction deleting the lease's claims and its {@code sync_leases} row.
   */
  @Override
  public void release(Lease lease) {
    Objects.requireNonNull(lease, "lease");
    retrying(
        "releasing a lease",
        () -> {
          dsl.transaction(tx -> Claims.CHARACTERS.release(tx.dsl(), lease));
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
    Objects.requireNonNull(query, "query");
    return run(
        "counting due characters",
        () -> (long) dsl.fetchCount(CHARACTERS, DueClaim.isDue(query, UUID.randomUUID())));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction with a number of statements that does not grow with the batch: one guild
   * lock when any change links a guild, the deletes that end the batch's claims, then one set-based
   * statement per kind of change (and retention policy) present; a purge also deletes the purged
   * characters' {@code guild_members} rows. When PostgreSQL refuses the batch for its data
   * (SQLSTATE class 22 or 23), the batch is saved again in halves, recursively, and each refused
   * change's character is parked for one day with the database's reason.
   *
   * @throws IllegalArgumentException when two changes are for the same character; nothing is
   *     written
   */
  @Override
  public CharacterSaveResult saveCharacters(Lease lease, List<CharacterChange> changes) {
    Objects.requireNonNull(lease, "lease");
    ChangesByKind byKind = ChangesByKind.of(changes);
    if (byKind.keys().isEmpty()) {
      return CharacterSaveResult.clean();
    }
    return retrying(
        "saving",
        () -> {
          try {
            return calls.inTransaction(tx -> BatchSave.write(tx, lease, byKind));
          } catch (RuntimeException e) {
            if (!DatabaseErrors.isDataError(e)) {
              throw e;
            }
            return new DataErrorIsolation(calls::inTransaction, calls.errors(), lease)
                .save(List.copyOf(changes), e);
          }
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One query for the whole set ({@code bnet_guild_id = ANY(?)}); none when {@code ids} is
   * empty.
   */
  @Override
  public Map<BnetGuildId, GuildKey> findGuildKeys(Region region, Set<BnetGuildId> ids) {
    Objects.requireNonNull(region, "region");
    Long[] wanted = ids.stream().map(BnetGuildId::value).toArray(Long[]::new);
    if (wanted.length == 0) {
      return Map.of();
    }
    return retrying(
        "looking up guilds",
        () -> {
          Map<BnetGuildId, GuildKey> found = new HashMap<>();
          for (Record2<Long, Long> row :
              dsl.select(GUILDS.BNET_GUILD_ID, GUILDS.ID)
                  .from(GUILDS)
                  .where(GUILDS.REGION.eq(region.code()))
                  .and(GUILDS.BNET_GUILD_ID.eq(DSL.any(wanted)))
                  .fetch()) {
            found.put(BnetGuildId.of(row.value1()), GuildKey.of(row.value2()));
          }
          return Map.copyOf(found);
        });
  }

  private <T> T retrying(String doing, Supplier<T> work) {
    return calls.retrying(doing, work);
  }

  private <T> T run(String doing, Supplier<T> work) {
    return calls.run(doing, work);
  }
}
