package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTER_CLAIMS;
import static dev.guildsync.jooq.generated.Tables.GUILD_CLAIMS;
import static dev.guildsync.jooq.generated.Tables.SYNC_LEASES;

import dev.guildsync.core.claim.Lease;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Leases kept out of the leased rows: one {@code sync_leases} row per lease (its end), one narrow
 * claims row per leased item (item key, lease id). Claiming, renewing and releasing never rewrite
 * the items' own rows or indexes; a renewal rewrites one row whatever the batch size.
 *
 * <p>One instance per claims table ({@link #CHARACTERS}, {@link #GUILDS}); the tables share {@code
 * sync_leases}. Every method runs inside the caller's transaction.
 */
final class Claims {
  /** Character claims. */
  static final Claims CHARACTERS =
      new Claims(CHARACTER_CLAIMS, CHARACTER_CLAIMS.CHARACTER_ID, CHARACTER_CLAIMS.LEASE_ID);

  /** Guild claims. */
  static final Claims GUILDS =
      new Claims(GUILD_CLAIMS, GUILD_CLAIMS.GUILD_ID, GUILD_CLAIMS.LEASE_ID);

  /** Leases that ended this long ago are deleted by the next claim (their claims hold nothing). */
  private static final Duration KEEP_ENDED = Duration.ofHours(1);

  private final Table<?> table;
  private final Field<Long> key;
  private final Field<UUID> leaseId;

  private Claims(Table<?> table, Field<Long> key, Field<UUID> leaseId) {
    this.table = table;
    this.key = key;
    this.leaseId = leaseId;
  }

  /**
   * The item with key {@code item} is held by no lease but {@code self} that is live at {@code
   * now}: claimable by {@code self}.
   */
  Condition free(Field<Long> item, UUID self, Instant now) {
    return DSL.notExists(
        DSL.selectOne()
            .from(table)
            .join(SYNC_LEASES)
            .on(SYNC_LEASES.LEASE_ID.eq(leaseId))
            .where(key.eq(item))
            .and(leaseId.ne(self))
            .and(SYNC_LEASES.LEASE_UNTIL.gt(Timestamps.utc(now))));
  }

  /**
   * Opens (or re-opens, on a retried claim) {@code lease} and takes those of {@code keys} that no
   * other live lease holds. Call it after locking the items' rows: this statement's snapshot then
   * sees every claim committed by whoever held those locks before, so two claimers never both take
   * an item.
   *
   * @return the keys taken
   */
  Set<Long> take(DSLContext tx, Lease lease, Instant now, List<Long> keys) {
    tx.deleteFrom(SYNC_LEASES)
        .where(SYNC_LEASES.LEASE_UNTIL.lt(Timestamps.utc(now.minus(KEEP_ENDED))))
        .execute();
    tx.insertInto(SYNC_LEASES)
        .set(SYNC_LEASES.LEASE_ID, lease.id())
        .set(SYNC_LEASES.LEASE_UNTIL, Timestamps.utc(lease.until()))
        .onConflict(SYNC_LEASES.LEASE_ID)
        .doUpdate()
        .set(SYNC_LEASES.LEASE_UNTIL, Timestamps.utc(lease.until()))
        .execute();
    if (keys.isEmpty()) {
      return Set.of();
    }
    var v = new ArrayTable<>(keys, k -> k);
    return new HashSet<>(
        tx.insertInto(table)
            .columns(key, leaseId)
            .select(
                DSL.select(v.id(), DSL.val(lease.id()))
                    .from(v.table())
                    .where(free(v.id(), lease.id(), now)))
            .onConflict(key)
            .doUpdate()
            .set(leaseId, DSL.excluded(leaseId))
            .returningResult(key)
            .fetch()
            .getValues(key));
  }

  /**
   * Ends {@code lease}'s claims on {@code keys} and, when it holds nothing more, the lease itself.
   *
   * @return those of {@code keys} the lease held
   */
  Set<Long> finish(DSLContext tx, Lease lease, Collection<Long> keys) {
    Set<Long> held =
        new HashSet<>(
            tx.deleteFrom(table)
                .where(leaseId.eq(lease.id()))
                .and(key.eq(DSL.any(keys.toArray(Long[]::new))))
                .returningResult(key)
                .fetch()
                .getValues(key));
    tx.deleteFrom(SYNC_LEASES)
        .where(SYNC_LEASES.LEASE_ID.eq(lease.id()))
        .andNotExists(DSL.selectOne().from(table).where(leaseId.eq(lease.id())))
        .execute();
    return held;
  }

  /**
   * Takes {@code keys} from whatever lease holds them: the holder's save then finds no claim and
   * writes nothing. A lease left holding nothing ends with the next claim's clean-up.
   */
  void drop(DSLContext tx, Collection<Long> keys) {
    if (!keys.isEmpty()) {
      tx.deleteFrom(table).where(key.eq(DSL.any(keys.toArray(Long[]::new)))).execute();
    }
  }

  /** Moves the end of {@code lease}; one row, whatever it holds. */
  static void renew(DSLContext dsl, Lease lease, Instant until) {
    dsl.update(SYNC_LEASES)
        .set(SYNC_LEASES.LEASE_UNTIL, Timestamps.utc(until))
        .where(SYNC_LEASES.LEASE_ID.eq(lease.id()))
        .execute();
  }

  /**
   * Ends {@code lease} and every claim it still holds, characters or guilds: a lease id is unique,
   * so the one store that serves both syncs need not know which sync took it.
   */
  static void release(DSLContext tx, Lease lease) {
    tx.deleteFrom(CHARACTER_CLAIMS).where(CHARACTER_CLAIMS.LEASE_ID.eq(lease.id())).execute();
    tx.deleteFrom(GUILD_CLAIMS).where(GUILD_CLAIMS.LEASE_ID.eq(lease.id())).execute();
    tx.deleteFrom(SYNC_LEASES).where(SYNC_LEASES.LEASE_ID.eq(lease.id())).execute();
  }
}
