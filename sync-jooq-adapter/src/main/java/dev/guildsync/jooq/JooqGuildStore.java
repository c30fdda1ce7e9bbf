package dev.guildsync.jooq;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.GuildRegistryPort;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSlug;
import dev.guildsync.core.guild.GuildSnapshot;
import dev.guildsync.core.guild.GuildStorePort;
import dev.guildsync.core.guild.TrackedGuild;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/**
 * Stores tracked guilds, their members, ranks and member events in PostgreSQL, over the reference
 * schema at {@link JooqCharacterStore#MIGRATION_LOCATION}. Implements {@link GuildStorePort} and
 * {@link GuildRegistryPort}; the character side is {@link JooqCharacterStore}.
 *
 * <p>A roster's whole outcome is written in one transaction with a constant number of statements
 * (at most sixteen, whatever the roster size), set-based over {@code unnest} arrays. The guild row
 * is locked first, so a guild deleted meanwhile gets nothing and one deleted later cascades; no
 * interleaving raises a foreign key or unique-constraint error.
 *
 * <p>Owns no pool; borrows connections from the {@link DataSource} or {@link DSLContext} it was
 * made with. Thread-safe, and any number of instances in any number of processes may share one
 * database. Failures are thrown as {@link SyncException} with a one-line message that never
 * contains a password, as {@link JooqCharacterStore}'s are.
 */
public final class JooqGuildStore implements GuildStorePort, GuildRegistryPort {
  private static final String G1_CONSTRAINT = "guilds_region_bnet_guild_id_key";

  private final StoreCalls calls;

  private JooqGuildStore(StoreCalls calls) {
    this.calls = calls;
  }

  /**
   * A store over {@code dataSource}, which must reach PostgreSQL. Connects only when used.
   *
   * @throws NullPointerException when {@code dataSource} is null
   */
  public static JooqGuildStore create(DataSource dataSource) {
    return new JooqGuildStore(StoreCalls.over(dataSource));
  }

  /**
   * A store over the connections of {@code dsl}, as {@link JooqCharacterStore#create(DSLContext)}.
   *
   * @throws NullPointerException when {@code dsl} is null
   */
  public static JooqGuildStore create(DSLContext dsl) {
    return new JooqGuildStore(StoreCalls.over(dsl));
  }

  /**
   * A store like this one that retries a transient database error for at most {@code retryFor}, as
   * {@link JooqCharacterStore#withTransientRetry(Duration)} does; applies to every call but {@link
   * #verifySchema()}. Default {@link JooqCharacterStore#DEFAULT_TRANSIENT_RETRY}.
   *
   * @throws IllegalArgumentException when {@code retryFor} is negative
   */
  public JooqGuildStore withTransientRetry(Duration retryFor) {
    return new JooqGuildStore(calls.withTransientRetry(retryFor));
  }

  /**
   * Checks that the database is reachable and has every table and column this store uses.
   *
   * @throws SyncException {@code database unreachable at ...}, or {@code schema missing: ..., apply
   *     the guildsync migrations (db/guildsync) first}
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
   * {@inheritDoc}
   *
   * <p>One transaction: {@code SELECT ... FROM guilds ... ORDER BY last_synced_at NULLS FIRST, id
   * LIMIT ? FOR NO KEY UPDATE SKIP LOCKED}, then the lease row and one {@code INSERT INTO
   * guild_claims ... ON CONFLICT} for the batch, as for characters.
   */
  @Override
  public Claimed<TrackedGuild> claimDueGuilds(DueQuery query) {
    Objects.requireNonNull(query, "query");
    Lease lease = new Lease(UUID.randomUUID(), query.leaseUntil());
    return calls.retrying("claiming guilds", () -> GuildClaim.claim(calls.dsl(), query, lease));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Four queries, whatever the roster size.
   */
  @Override
  public GuildSnapshot loadGuild(TrackedGuild guild, GuildRoster roster) {
    Objects.requireNonNull(guild, "guild");
    Objects.requireNonNull(roster, "roster");
    return calls.retrying(
        "reading guild " + guild.key(), () -> GuildSnapshotRead.read(calls.dsl(), guild, roster));
  }

  /**
   * {@inheritDoc}
   *
   * <p>When another local guild takes the roster's Battle.net id while this save runs, the save is
   * tried again once and then finds that guild: {@code DUPLICATE}, never a unique-constraint error.
   * When PostgreSQL refuses the change for its data (SQLSTATE class 22 or 23), nothing of it is
   * written; the guild is parked for one day with the database's reason ({@code PARKED}).
   */
  @Override
  public GuildSaveResult saveGuild(Lease lease, GuildChange change) {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(change, "change");
    return calls.retrying(
        "saving guild " + change.key(),
        () -> {
          try {
            return calls.inTransaction(tx -> GuildSave.write(tx, lease, change));
          } catch (RuntimeException e) {
            if (DatabaseErrors.violates(e, G1_CONSTRAINT)) {
              return calls.inTransaction(tx -> GuildSave.write(tx, lease, change));
            }
            if (!DatabaseErrors.isDataError(e)) {
              throw e;
            }
            String reason = "not stored: " + calls.errors().reason(e);
            return calls.inTransaction(tx -> GuildSave.park(tx, lease, change, reason));
          }
        });
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
    calls.retrying(
        "renewing a guild lease",
        () -> {
          Claims.renew(calls.dsl(), lease, until);
          return null;
        });
    return new Lease(lease.id(), until);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction deleting the lease's guild claims and its {@code sync_leases} row.
   */
  @Override
  public void release(Lease lease) {
    Objects.requireNonNull(lease, "lease");
    calls.retrying(
        "releasing a guild lease",
        () ->
            calls.inTransaction(
                tx -> {
                  Claims.GUILDS.release(tx, lease);
                  return null;
                }));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction under an advisory lock on (region, realm, lower-case name): a read, and an
   * insert when no row matches.
   */
  @Override
  public GuildKey trackGuild(Region region, String realmSlug, String name) {
    Objects.requireNonNull(region, "region");
    new GuildRef(region, realmSlug, GuildSlug.fromName(name));
    return GuildKey.of(
        calls.retrying(
            "tracking a guild",
            () -> calls.inTransaction(tx -> GuildRegistry.track(tx, region, realmSlug, name))));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Two statements for the whole set; none when it is empty.
   */
  @Override
  public Map<BnetGuildId, GuildKey> registerGuilds(Region region, Collection<ProfileGuild> guilds) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(guilds, "guilds");
    return calls.retrying(
        "registering guilds", () -> GuildRegistry.register(calls.dsl(), region, guilds));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One {@code UPDATE} for the whole set; none when it is empty.
   */
  @Override
  public Set<GuildKey> followGuilds(Region region, Collection<ProfileGuild> guilds) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(guilds, "guilds");
    return calls.retrying(
        "following guilds", () -> GuildRegistry.follow(calls.dsl(), region, guilds));
  }
}
