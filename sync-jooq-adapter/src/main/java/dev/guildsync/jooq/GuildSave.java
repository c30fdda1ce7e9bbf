package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.GUILDS;

import dev.guildsync.core.GuildKey;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSaveStatus;
import dev.guildsync.jooq.generated.tables.Guilds;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;

/**
 * One guild's change inside the caller's transaction. First the guild row is locked ({@code FOR NO
 * KEY UPDATE}): a guild that is gone gets nothing, and one that exists cannot be deleted before
 * commit (a concurrent delete waits, then cascades), so nothing written can raise a foreign key
 * error. Then the lease's claim on it is ended, which says whether the lease still held it. Then
 * the change: one {@code UPDATE guilds} for a 304, 404, duplicate or failure; the roster's whole
 * outcome for a refresh ({@link RosterSave}).
 */
final class GuildSave {
  private static final Guilds G = GUILDS;

  private GuildSave() {}

  static GuildSaveResult write(DSLContext tx, Lease lease, GuildChange change) {
    long key = change.key().value();
    Record2<String, Integer> guild =
        tx.select(G.REGION, G.FAILURE_COUNT)
            .from(G)
            .where(G.ID.eq(key))
            .forNoKeyUpdate()
            .fetchOne();
    if (guild == null) {
      return GuildSaveResult.notWritten(GuildSaveStatus.GUILD_DELETED);
    }
    if (Claims.GUILDS.finish(tx, lease, List.of(key)).isEmpty()) {
      return GuildSaveResult.notWritten(GuildSaveStatus.LEASE_LOST);
    }
    if (change instanceof GuildChange.Refreshed refreshed) {
      return new RosterSave(tx, key, guild.value1()).write(refreshed);
    }
    if (change instanceof GuildChange.Duplicate d) {
      synced(tx, d.syncedAt(), d.reason()).where(G.ID.eq(key)).execute();
      return GuildSaveResult.written(0);
    }
    CommonChange<GuildKey> common = ((GuildChange.Common) change).change();
    if (common instanceof CommonChange.Unchanged<GuildKey> u) {
      synced(tx, u.syncedAt(), null).where(G.ID.eq(key)).execute();
    } else if (common instanceof CommonChange.NotFound<GuildKey> n) {
      synced(tx, n.syncedAt(), GuildChange.NOT_FOUND_REASON)
          .set(G.IS_AVAILABLE, false)
          .where(G.ID.eq(key))
          .execute();
    } else {
      CommonChange.Failed<GuildKey> f = (CommonChange.Failed<GuildKey>) common;
      tx.update(G)
          .set(G.FAILURE_COUNT, f.failureCount())
          .set(G.LAST_ERROR, f.reason())
          .set(G.NEXT_ATTEMPT_AT, Timestamps.utc(f.nextAttemptAt()))
          .where(G.ID.eq(key))
          .execute();
    }
    return GuildSaveResult.written(0);
  }

  /**
   * Parks a guild whose change the database refused for its data, as the sync's own failures are:
   * its claim ends, its failure is counted with {@code reason}, and it is not due before a
   * failure's own next attempt or, for any other change, {@code backoff} after its failure count.
   */
  static GuildSaveResult park(
      DSLContext tx, Lease lease, GuildChange change, String reason, FailureBackoff backoff) {
    long key = change.key().value();
    Integer failures =
        tx.select(G.FAILURE_COUNT)
            .from(G)
            .where(G.ID.eq(key))
            .forNoKeyUpdate()
            .fetchOne(G.FAILURE_COUNT);
    if (failures == null) {
      return GuildSaveResult.notWritten(GuildSaveStatus.GUILD_DELETED);
    }
    if (Claims.GUILDS.finish(tx, lease, List.of(key)).isEmpty()) {
      return GuildSaveResult.notWritten(GuildSaveStatus.LEASE_LOST);
    }
    Instant until =
        change instanceof GuildChange.Common c
                && c.change() instanceof CommonChange.Failed<GuildKey> f
            ? f.nextAttemptAt()
            : backoff.nextAttempt(at(change), failures + 1);
    tx.update(G)
        .set(G.FAILURE_COUNT, failures + 1)
        .set(G.LAST_ERROR, reason)
        .set(G.NEXT_ATTEMPT_AT, Timestamps.utc(until))
        .where(G.ID.eq(key))
        .execute();
    return GuildSaveResult.notWritten(GuildSaveStatus.PARKED);
  }

  /** Sets the sync time and clears the failure state, with {@code error} (may be null). */
  static UpdateSetMoreStep<?> synced(DSLContext tx, Instant at, String error) {
    return tx.update(G)
        .set(G.LAST_SYNCED_AT, Timestamps.utc(at))
        .set(G.FAILURE_COUNT, 0)
        .set(G.LAST_ERROR, DSL.val(error, G.LAST_ERROR))
        .setNull(G.NEXT_ATTEMPT_AT);
  }

  private static Instant at(GuildChange change) {
    if (change instanceof GuildChange.Refreshed r) {
      return r.syncedAt();
    }
    if (change instanceof GuildChange.Duplicate d) {
      return d.syncedAt();
    }
    CommonChange<GuildKey> common = ((GuildChange.Common) change).change();
    if (common instanceof CommonChange.Unchanged<GuildKey> u) {
      return u.syncedAt();
    }
    if (common instanceof CommonChange.NotFound<GuildKey> n) {
      return n.syncedAt();
    }
    return ((CommonChange.Failed<GuildKey>) common).nextAttemptAt();
  }
}
