package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTER_CLAIMS;
import static dev.guildsync.jooq.generated.Tables.GUILD_CLAIMS;
import static dev.guildsync.jooq.generated.Tables.SYNC_LEASES;

import dev.guildsync.core.claim.Lease;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertResultStep;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.UpdateResultStep;
import org.jooq.impl.DSL;

/**
 * Leases kept out of the leased rows: one narrow claims row per leased item (item key, lease id,
 * lease end) and one {@code sync_leases} row per lease. A claims row holds its item while its own
 * {@code lease_until} is ahead. Claiming, renewing and releasing never rewrite the items' own rows
 * or indexes.
 *
 * <p>Why a claim cannot take an item twice: it inserts with {@code ON CONFLICT ... DO UPDATE ...
 * WHERE lease_until <= now}, and {@code ON CONFLICT} judges the latest committed claims row, not
 * the statement's snapshot. So a claimer that locked an item just after another committed its claim
 * finds that claim live and takes nothing, even in the same statement as the lock.
 *
 * <p>One instance per claims table ({@link #CHARACTERS}, {@link #GUILDS}); the tables share {@code
 * sync_leases}. Every method runs inside the caller's transaction or statement.
 */
final class Claims {
  /** Character claims. */
  static final Claims CHARACTERS =
      new Claims(
          CHARACTER_CLAIMS,
          CHARACTER_CLAIMS.CHARACTER_ID,
          CHARACTER_CLAIMS.LEASE_ID,
          CHARACTER_CLAIMS.LEASE_UNTIL);

  /** Guild claims. */
  static final Claims GUILDS =
      new Claims(
          GUILD_CLAIMS, GUILD_CLAIMS.GUILD_ID, GUILD_CLAIMS.LEASE_ID, GUILD_CLAIMS.LEASE_UNTIL);

  /** A lease that ended this long before a save's lease ends is deleted by that save. */
  private static final Duration KEEP_ENDED = Duration.ofHours(1);

  private final Table<?> table;
  private final Field<Long> key;
  private final Field<UUID> leaseId;
  private final Field<OffsetDateTime> leaseUntil;

  private Claims(
      Table<?> table, Field<Long> key, Field<UUID> leaseId, Field<OffsetDateTime> leaseUntil) {
    this.table = table;
    this.key = key;
    this.leaseId = leaseId;
    this.leaseUntil = leaseUntil;
  }

  /**
   * The item with key {@code item} is held by no claim but {@code self}'s that is live at {@code
   * now}, as far as the statement's snapshot shows: claimable by {@code self}. {@link #insert}
   * makes the final decision on the latest committed claims.
   */
  Condition free(Field<Long> item, UUID self, Instant now) {
    return DSL.notExists(
        DSL.selectOne()
            .from(table)
            .where(key.eq(item))
            .and(leaseId.ne(self))
            .and(leaseUntil.gt(Timestamps.utc(now))));
  }

  /**
   * Claims under {@code lease} the items {@code item} of {@code from} names where {@code where}
   * holds, except those a claim live at {@code now} holds; a retried claim re-takes what {@code
   * lease} already holds.
   *
   * @return the insert, returning the keys taken; to run alone or as a common table expression
   */
  InsertResultStep<Record1<Long>> insert(
      DSLContext dsl, Lease lease, Instant now, Table<?> from, Field<Long> item, Condition where) {
    Field<OffsetDateTime> until = DSL.val(Timestamps.utc(lease.until()));
    return dsl.insertInto(table)
        .columns(key, leaseId, leaseUntil)
        .select(DSL.select(item, DSL.val(lease.id()), until).from(from).where(where))
        .onConflict(key)
        .doUpdate()
        .set(leaseId, DSL.excluded(leaseId))
        .set(leaseUntil, DSL.excluded(leaseUntil))
        .where(leaseUntil.le(Timestamps.utc(now)).or(leaseId.eq(lease.id())))
        .returningResult(key);
  }

  /** Opens {@code lease} (or moves its end, on a retried claim): its {@code sync_leases} row. */
  static InsertResultStep<Record1<UUID>> open(DSLContext dsl, Lease lease) {
    return dsl.insertInto(SYNC_LEASES)
        .set(SYNC_LEASES.LEASE_ID, lease.id())
        .set(SYNC_LEASES.LEASE_UNTIL, Timestamps.utc(lease.until()))
        .onConflict(SYNC_LEASES.LEASE_ID)
        .doUpdate()
        .set(SYNC_LEASES.LEASE_UNTIL, Timestamps.utc(lease.until()))
        .returningResult(SYNC_LEASES.LEASE_ID);
  }

  /**
   * Opens {@code lease} and takes those of {@code keys} no other live claim holds, in two
   * statements of the caller's transaction (the guild claim, whose rows it has locked).
   *
   * @return the keys taken
   */
  Set<Long> take(DSLContext tx, Lease lease, Instant now, List<Long> keys) {
    open(tx, lease).execute();
    if (keys.isEmpty()) {
      return Set.of();
    }
    var v = new ArrayTable<>(keys, k -> k);
    return new HashSet<>(
        insert(tx, lease, now, v.table(), v.id(), free(v.id(), lease.id(), now))
            .fetch()
            .getValues(key));
  }

  /**
   * Ends {@code lease}'s claims on {@code keys} and, when it holds nothing else, the lease itself,
   * with any lease that ended an hour before this one ends (a crashed run's); one statement.
   *
   * @return those of {@code keys} the lease held
   */
  Set<Long> finish(DSLContext tx, Lease lease, Collection<Long> keys) {
    Field<Long[]> finished = BigintArray.of(keys);
    Condition holdsNothingElse =
        DSL.notExists(
            DSL.selectOne()
                .from(table)
                .where(leaseId.eq(lease.id()))
                .and(key.ne(DSL.all(finished))));
    var ended =
        DSL.name("ended")
            .as(
                tx.deleteFrom(table)
                    .where(leaseId.eq(lease.id()))
                    .and(key.eq(DSL.any(finished)))
                    .returningResult(key));
    var closed =
        DSL.name("closed")
            .as(
                tx.deleteFrom(SYNC_LEASES)
                    .where(SYNC_LEASES.LEASE_ID.eq(lease.id()).and(holdsNothingElse))
                    .or(SYNC_LEASES.LEASE_UNTIL.lt(Timestamps.utc(lease.until().minus(KEEP_ENDED))))
                    .returningResult(SYNC_LEASES.LEASE_ID));
    Field<Long> endedKey = ended.field(0, Long.class);
    return new HashSet<>(tx.with(ended).with(closed).select(endedKey).from(ended).fetch(endedKey));
  }

  /**
   * Takes {@code keys} from whatever lease holds them: the holder's save then finds no claim and
   * writes nothing.
   */
  void drop(DSLContext tx, Collection<Long> keys) {
    if (!keys.isEmpty()) {
      tx.deleteFrom(table).where(key.eq(DSL.any(BigintArray.of(keys)))).execute();
    }
  }

  /**
   * Moves the end of {@code lease} and of every claim it still holds, characters or guilds, in one
   * statement: its rows in both claims tables and its {@code sync_leases} row.
   *
   * <p>A claims row that another transaction has locked is skipped: only the lease's own save or
   * release locks its rows, and those rows are being ended. Waiting for them instead would deadlock
   * with that save, which ends the rows in another order. Should that save roll back, the skipped
   * rows still hold for two thirds of a lease (they were renewed one heartbeat ago) and the next
   * heartbeat renews them.
   */
  static void renew(DSLContext dsl, Lease lease, Instant until) {
    OffsetDateTime end = Timestamps.utc(until);
    dsl.with("renewed_characters")
        .as(CHARACTERS.moveEnd(dsl, lease, end))
        .with("renewed_guilds")
        .as(GUILDS.moveEnd(dsl, lease, end))
        .update(SYNC_LEASES)
        .set(SYNC_LEASES.LEASE_UNTIL, end)
        .where(SYNC_LEASES.LEASE_ID.eq(lease.id()))
        .execute();
  }

  /** Moves the end of {@code lease}'s claims in this table that no one else has locked. */
  private UpdateResultStep<?> moveEnd(DSLContext dsl, Lease lease, OffsetDateTime end) {
    return dsl.update(table)
        .set(leaseUntil, end)
        .where(leaseId.eq(lease.id()))
        .and(
            key.in(
                DSL.select(key).from(table).where(leaseId.eq(lease.id())).forUpdate().skipLocked()))
        .returning();
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
