package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.jooq.generated.tables.Characters;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * One set-based {@code UPDATE characters ... FROM unnest(...) AS v WHERE id = v.id RETURNING id}
 * per kind of change. Each writes exactly the columns {@link CharacterChange} names for its kind
 * and returns the keys it wrote. The caller passes only changes whose claims it has just ended.
 */
final class ChangeStatements {
  private static final Characters C = CHARACTERS;

  private final DSLContext tx;

  ChangeStatements(DSLContext tx) {
    this.tx = tx;
  }

  /**
   * Every profile column; {@code guild_id} only when the linked guild is in {@code liveGuilds}. A
   * field the profile does not hold (Battle.net did not say) keeps the stored value: NULL in its
   * array, {@code COALESCE} with the column. An absent active spec means "none" and is written.
   */
  List<Long> refreshed(List<CharacterChange.Refreshed> changes, Set<Long> liveGuilds) {
    var v = new ArrayTable<>(changes, r -> r.key().value());
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
    var level =
        v.column("level", SQLDataType.INTEGER, Integer[]::new, r -> boxed(r.profile().level()));
    var cls =
        v.column(
            "class",
            SQLDataType.CLOB,
            String[]::new,
            r -> r.profile().characterClass().orElse(null));
    var race =
        v.column("race", SQLDataType.CLOB, String[]::new, r -> r.profile().race().orElse(null));
    var faction =
        v.column(
            "faction",
            SQLDataType.CLOB,
            String[]::new,
            r -> r.profile().faction().map(Enum::name).orElse(null));
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
            r -> boxed(r.profile().achievementPoints()));
    var avgIlvl =
        v.column(
            "average_item_level",
            SQLDataType.INTEGER,
            Integer[]::new,
            r -> boxed(r.profile().averageItemLevel()));
    var eqIlvl =
        v.column(
            "equipped_item_level",
            SQLDataType.INTEGER,
            Integer[]::new,
            r -> boxed(r.profile().equippedItemLevel()));
    var lastLogin =
        v.column(
            "last_login_at",
            C.LAST_LOGIN_AT.getDataType(),
            OffsetDateTime[]::new,
            r -> Timestamps.utc(r.profile().lastLogin().orElse(null)));
    var syncedAt = syncedAt(v, r -> r.syncedAt());
    var lastModified =
        v.column(
            "last_modified", SQLDataType.CLOB, String[]::new, r -> r.lastModified().orElse(null));
    return update(
        v,
        tx.update(C)
            .set(C.BNET_CHARACTER_ID, bnetId)
            .set(C.GUILD_ID, guild)
            .set(C.LEVEL, DSL.coalesce(level, C.LEVEL))
            .set(C.CLASS, DSL.coalesce(cls, C.CLASS))
            .set(C.RACE, DSL.coalesce(race, C.RACE))
            .set(C.FACTION, DSL.coalesce(faction, C.FACTION))
            .set(C.ACTIVE_SPEC, spec)
            .set(C.ACHIEVEMENT_POINTS, DSL.coalesce(points, C.ACHIEVEMENT_POINTS))
            .set(C.AVERAGE_ITEM_LEVEL, DSL.coalesce(avgIlvl, C.AVERAGE_ITEM_LEVEL))
            .set(C.EQUIPPED_ITEM_LEVEL, DSL.coalesce(eqIlvl, C.EQUIPPED_ITEM_LEVEL))
            .set(C.LAST_LOGIN_AT, DSL.coalesce(lastLogin, C.LAST_LOGIN_AT))
            .set(C.IS_AVAILABLE, true)
            .set(C.LAST_SYNCED_AT, syncedAt)
            .set(C.LAST_VALIDATED_AT, syncedAt)
            .setNull(C.INVALIDATED_AT)
            .setNull(C.PURGED_AT)
            .set(C.LAST_MODIFIED, lastModified)
            .set(C.FAILURE_COUNT, 0)
            .setNull(C.LAST_ERROR)
            .setNull(C.NEXT_ATTEMPT_AT));
  }

  /**
   * 304: the sync time moves, the character is validated, the failure state clears; availability is
   * kept.
   */
  List<Long> unchanged(List<CommonChange.Unchanged<CharacterKey>> changes) {
    var v = new ArrayTable<>(changes, u -> u.key().value());
    var syncedAt = syncedAt(v, u -> u.syncedAt());
    return update(
        v,
        tx.update(C)
            .set(C.LAST_SYNCED_AT, syncedAt)
            .set(C.LAST_VALIDATED_AT, syncedAt)
            .setNull(C.INVALIDATED_AT)
            .setNull(C.PURGED_AT)
            .set(C.FAILURE_COUNT, 0)
            .setNull(C.LAST_ERROR)
            .setNull(C.NEXT_ATTEMPT_AT));
  }

  List<Long> notFound(List<CommonChange.NotFound<CharacterKey>> changes) {
    var v = new ArrayTable<>(changes, n -> n.key().value());
    var syncedAt = syncedAt(v, n -> n.syncedAt());
    return update(
        v,
        tx.update(C)
            .set(C.IS_AVAILABLE, false)
            .set(C.LAST_SYNCED_AT, syncedAt)
            .set(C.FAILURE_COUNT, 0)
            .setNull(C.LAST_ERROR)
            .setNull(C.NEXT_ATTEMPT_AT));
  }

  List<Long> identityChanged(List<CharacterChange.IdentityChanged> changes) {
    var v = new ArrayTable<>(changes, i -> i.key().value());
    var syncedAt = syncedAt(v, i -> i.syncedAt());
    var reason = v.column("last_error", SQLDataType.CLOB, String[]::new, i -> i.reason());
    return update(
        v,
        tx.update(C)
            .set(C.IS_AVAILABLE, false)
            .set(C.LAST_SYNCED_AT, syncedAt)
            .set(C.FAILURE_COUNT, 0)
            .set(C.LAST_ERROR, reason)
            .setNull(C.NEXT_ATTEMPT_AT));
  }

  /** Keeps all data and the sync time; only the failure state changes. */
  List<Long> failed(List<CommonChange.Failed<CharacterKey>> changes) {
    var v = new ArrayTable<>(changes, f -> f.key().value());
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
        v,
        tx.update(C)
            .set(C.FAILURE_COUNT, count)
            .set(C.LAST_ERROR, reason)
            .set(C.NEXT_ATTEMPT_AT, nextAttempt));
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static Long boxed(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  /** The {@code last_synced_at} column: every outcome but a failure records when it was checked. */
  private static <T> Field<OffsetDateTime> syncedAt(ArrayTable<T> v, Function<T, Instant> at) {
    return v.column(
        "last_synced_at",
        C.LAST_SYNCED_AT.getDataType(),
        OffsetDateTime[]::new,
        t -> Timestamps.utc(at.apply(t)));
  }

  /** Finishes an update: joins the batch's rows and returns the keys written. */
  static List<Long> update(ArrayTable<?> v, UpdateSetMoreStep<?> set) {
    return new ArrayList<>(
        set.from(v.table()).where(C.ID.eq(v.id())).returningResult(C.ID).fetch().getValues(C.ID));
  }
}
