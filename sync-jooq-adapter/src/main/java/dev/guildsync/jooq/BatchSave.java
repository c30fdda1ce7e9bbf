package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.GUILDS;

import dev.guildsync.core.CharacterChange;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Lease;
import dev.guildsync.core.SaveResult;
import dev.guildsync.jooq.generated.tables.Characters;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Writes one batch inside the caller's transaction with a constant number of statements: one {@code
 * SELECT ... FOR KEY SHARE} on the linked guilds, then one set-based {@code UPDATE ... FROM
 * unnest(...)} per kind of change present.
 *
 * <p>The guild lock comes first: a guild it returns exists and cannot be deleted before commit (a
 * concurrent delete waits, then its {@code ON DELETE SET NULL} applies to our rows), and a guild it
 * does not return is written as NULL, so no interleaving raises a foreign key error. Taking the
 * guild locks before any character row lock is the order a cascading guild delete takes too, so the
 * two cannot deadlock.
 */
final class BatchSave {
  private static final Characters C = CHARACTERS;

  private final DSLContext tx;
  private final Lease lease;
  private final ChangesByKind changes;

  private BatchSave(DSLContext tx, Lease lease, ChangesByKind changes) {
    this.tx = tx;
    this.lease = lease;
    this.changes = changes;
  }

  static SaveResult write(DSLContext tx, Lease lease, ChangesByKind changes) {
    return new BatchSave(tx, lease, changes).write();
  }

  private SaveResult write() {
    Set<Long> liveGuilds = lockLinkedGuilds();
    Set<Long> written = new HashSet<>();
    Set<CharacterKey> dropped = new LinkedHashSet<>();
    if (!changes.refreshed().isEmpty()) {
      written.addAll(refreshed(liveGuilds));
      for (CharacterChange.Refreshed r : changes.refreshed()) {
        boolean linkDropped =
            r.link().guildKey().map(k -> !liveGuilds.contains(k.value())).orElse(false);
        if (linkDropped && written.contains(r.key().value())) {
          dropped.add(r.key());
        }
      }
    }
    if (!changes.unchanged().isEmpty()) {
      written.addAll(unchanged());
    }
    if (!changes.notFound().isEmpty()) {
      written.addAll(notFound());
    }
    if (!changes.identityChanged().isEmpty()) {
      written.addAll(identityChanged());
    }
    if (!changes.failed().isEmpty()) {
      written.addAll(failed());
    }
    Set<CharacterKey> leaseLost = new LinkedHashSet<>();
    for (CharacterKey key : changes.keys()) {
      if (!written.contains(key.value())) {
        leaseLost.add(key);
      }
    }
    return new SaveResult(dropped, leaseLost);
  }

  private Set<Long> lockLinkedGuilds() {
    Long[] linked =
        changes.refreshed().stream()
            .flatMap(r -> r.link().guildKey().stream())
            .map(GuildKey::value)
            .distinct()
            .toArray(Long[]::new);
    if (linked.length == 0) {
      return Set.of();
    }
    return tx.select(GUILDS.ID)
        .from(GUILDS)
        .where(GUILDS.ID.eq(DSL.any(linked)))
        .orderBy(GUILDS.ID)
        .forKeyShare()
        .fetchSet(GUILDS.ID);
  }

  private List<Long> refreshed(Set<Long> liveGuilds) {
    var v = new ArrayTable<>(changes.refreshed());
    Field<Long> id = v.column("id", SQLDataType.BIGINT, Long[]::new, r -> r.key().value());
    var bnetId =
        v.column(
            "bnet_character_id", SQLDataType.BIGINT, Long[]::new, r -> r.profile().id().value());
    var guild =
        v.column(
            "guild_id",
            SQLDataType.BIGINT,
            Long[]::new,
            r ->
                r.link().guildKey().map(GuildKey::value).filter(liveGuilds::contains).orElse(null));
    var level = v.column("level", SQLDataType.INTEGER, Integer[]::new, r -> r.profile().level());
    var cls = v.column("class", SQLDataType.CLOB, String[]::new, r -> r.profile().characterClass());
    var race = v.column("race", SQLDataType.CLOB, String[]::new, r -> r.profile().race());
    var faction =
        v.column("faction", SQLDataType.CLOB, String[]::new, r -> r.profile().faction().name());
    var spec =
        v.column(
            "active_spec",
            SQLDataType.CLOB,
            String[]::new,
            r -> r.profile().activeSpec().orElse(null));
    var points =
        v.column(
            "achievement_points",
            SQLDataType.BIGINT,
            Long[]::new,
            r -> r.profile().achievementPoints());
    var avgIlvl =
        v.column(
            "average_item_level",
            SQLDataType.INTEGER,
            Integer[]::new,
            r -> r.profile().averageItemLevel());
    var eqIlvl =
        v.column(
            "equipped_item_level",
            SQLDataType.INTEGER,
            Integer[]::new,
            r -> r.profile().equippedItemLevel());
    var lastLogin =
        v.column(
            "last_login_at",
            C.LAST_LOGIN_AT.getDataType(),
            OffsetDateTime[]::new,
            r -> Timestamps.utc(r.profile().lastLogin().orElse(null)));
    var syncedAt =
        v.column(
            "last_synced_at",
            C.LAST_SYNCED_AT.getDataType(),
            OffsetDateTime[]::new,
            r -> Timestamps.utc(r.syncedAt()));
    var lastModified =
        v.column(
            "last_modified", SQLDataType.CLOB, String[]::new, r -> r.lastModified().orElse(null));
    return update(
        id,
        v,
        tx.update(C)
            .set(C.BNET_CHARACTER_ID, bnetId)
            .set(C.GUILD_ID, guild)
            .set(C.LEVEL, level)
            .set(C.CLASS, cls)
            .set(C.RACE, race)
            .set(C.FACTION, faction)
            .set(C.ACTIVE_SPEC, spec)
            .set(C.ACHIEVEMENT_POINTS, points)
            .set(C.AVERAGE_ITEM_LEVEL, avgIlvl)
            .set(C.EQUIPPED_ITEM_LEVEL, eqIlvl)
            .set(C.LAST_LOGIN_AT, lastLogin)
            .set(C.IS_AVAILABLE, true)
            .set(C.LAST_SYNCED_AT, syncedAt)
            .set(C.LAST_MODIFIED, lastModified)
            .set(C.FAILURE_COUNT, 0)
            .setNull(C.LAST_ERROR)
            .setNull(C.NEXT_ATTEMPT_AT));
  }

  /** 304: only the sync time moves and the failure state clears; availability is kept. */
  private List<Long> unchanged() {
    var v = new ArrayTable<>(changes.unchanged());
    Field<Long> id = v.column("id", SQLDataType.BIGINT, Long[]::new, u -> u.key().value());
    var syncedAt =
        v.column(
            "last_synced_at",
            C.LAST_SYNCED_AT.getDataType(),
            OffsetDateTime[]::new,
            u -> Timestamps.utc(u.syncedAt()));
    return update(
        id,
        v,
        tx.update(C)
            .set(C.LAST_SYNCED_AT, syncedAt)
            .set(C.FAILURE_COUNT, 0)
            .setNull(C.LAST_ERROR)
            .setNull(C.NEXT_ATTEMPT_AT));
  }

  private List<Long> notFound() {
    var v = new ArrayTable<>(changes.notFound());
    Field<Long> id = v.column("id", SQLDataType.BIGINT, Long[]::new, n -> n.key().value());
    var syncedAt =
        v.column(
            "last_synced_at",
            C.LAST_SYNCED_AT.getDataType(),
            OffsetDateTime[]::new,
            n -> Timestamps.utc(n.syncedAt()));
    return update(
        id,
        v,
        tx.update(C)
            .set(C.IS_AVAILABLE, false)
            .set(C.LAST_SYNCED_AT, syncedAt)
            .set(C.FAILURE_COUNT, 0)
            .setNull(C.LAST_ERROR)
            .setNull(C.NEXT_ATTEMPT_AT));
  }

  private List<Long> identityChanged() {
    var v = new ArrayTable<>(changes.identityChanged());
    Field<Long> id = v.column("id", SQLDataType.BIGINT, Long[]::new, i -> i.key().value());
    var syncedAt =
        v.column(
            "last_synced_at",
            C.LAST_SYNCED_AT.getDataType(),
            OffsetDateTime[]::new,
            i -> Timestamps.utc(i.syncedAt()));
    var reason = v.column("last_error", SQLDataType.CLOB, String[]::new, i -> i.reason());
    return update(
        id,
        v,
        tx.update(C)
            .set(C.IS_AVAILABLE, false)
            .set(C.LAST_SYNCED_AT, syncedAt)
            .set(C.FAILURE_COUNT, 0)
            .set(C.LAST_ERROR, reason)
            .setNull(C.NEXT_ATTEMPT_AT));
  }

  /** Keeps all data and the sync time; only the failure state changes. */
  private List<Long> failed() {
    var v = new ArrayTable<>(changes.failed());
    Field<Long> id = v.column("id", SQLDataType.BIGINT, Long[]::new, f -> f.key().value());
    var count =
        v.column("failure_count", SQLDataType.INTEGER, Integer[]::new, f -> f.failureCount());
    var reason = v.column("last_error", SQLDataType.CLOB, String[]::new, f -> f.reason());
    var nextAttempt =
        v.column(
            "next_attempt_at",
            C.NEXT_ATTEMPT_AT.getDataType(),
            OffsetDateTime[]::new,
            f -> Timestamps.utc(f.nextAttemptAt()));
    return update(
        id,
        v,
        tx.update(C)
            .set(C.FAILURE_COUNT, count)
            .set(C.LAST_ERROR, reason)
            .set(C.NEXT_ATTEMPT_AT, nextAttempt));
  }

  /**
   * Finishes an update: ends the lease, joins the batch's rows, writes only rows this lease holds,
   * and returns the keys written.
   */
  private List<Long> update(Field<Long> id, ArrayTable<?> v, UpdateSetMoreStep<?> set) {
    return new ArrayList<>(
        set.setNull(C.LEASE_ID)
            .setNull(C.LEASE_UNTIL)
            .from(v.table())
            .where(C.ID.eq(id))
            .and(C.LEASE_ID.eq(lease.id()))
            .returningResult(C.ID)
            .fetch()
            .getValues(C.ID));
  }
}
