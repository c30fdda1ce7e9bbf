package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;

import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.RetentionPolicy;
import dev.guildsync.jooq.generated.tables.Characters;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The statements of Blizzard's retention rule, set-based like {@link ChangeStatements}: one update
 * for validated characters, one per policy present for invalid ones (a purge also clears the guild
 * tables' pointers to the purged characters, see {@link GuildPointers}, and removes their details:
 * D6), one delete for the {@code DELETE} policy. Each returns the keys it wrote.
 */
final class RetentionStatements {
  private static final Characters C = CHARACTERS;

  private final DSLContext tx;

  RetentionStatements(DSLContext tx) {
    this.tx = tx;
  }

  /** A valid status: only {@code last_validated_at} moves and the failure state clears. */
  List<Long> validated(List<CharacterChange.Validated> changes) {
    var v = new ArrayTable<>(changes, c -> c.key().value());
    var at =
        v.column(
            "last_validated_at",
            C.LAST_VALIDATED_AT.getDataType(),
            OffsetDateTime[]::new,
            c -> Timestamps.utc(c.validatedAt()));
    return ChangeStatements.update(
        v,
        tx.update(C)
            .set(C.LAST_VALIDATED_AT, at)
            .set(C.FAILURE_COUNT, 0)
            .setNull(C.LAST_ERROR)
            .setNull(C.NEXT_ATTEMPT_AT));
  }

  /** An invalid status, per policy; returns every key written or deleted. */
  List<Long> invalidated(List<CharacterChange.Invalidated> changes) {
    Map<RetentionPolicy, List<CharacterChange.Invalidated>> byPolicy =
        changes.stream().collect(Collectors.groupingBy(CharacterChange.Invalidated::policy));
    List<Long> written = new ArrayList<>();
    for (var entry : byPolicy.entrySet()) {
      written.addAll(
          switch (entry.getKey()) {
            case PURGE -> purge(entry.getValue());
            case KEEP -> mark(entry.getValue(), false);
            case DELETE -> delete(entry.getValue());
          });
    }
    return written;
  }

  private List<Long> purge(List<CharacterChange.Invalidated> changes) {
    List<Long> purged = mark(changes, true);
    GuildPointers.clear(tx, purged);
    DetailWrites.removeFor(tx, purged);
    return purged;
  }

  /**
   * Unavailable, invalidated, the reason stored; with {@code purge} every Battle.net column too.
   */
  private List<Long> mark(List<CharacterChange.Invalidated> changes, boolean purge) {
    var v = new ArrayTable<>(changes, c -> c.key().value());
    var at =
        v.column(
            "invalidated_at",
            C.INVALIDATED_AT.getDataType(),
            OffsetDateTime[]::new,
            c -> Timestamps.utc(c.at()));
    var reason = v.column("last_error", SQLDataType.CLOB, String[]::new, c -> c.reason());
    var set =
        tx.update(C)
            .set(C.IS_AVAILABLE, false)
            .set(C.INVALIDATED_AT, at)
            .set(C.LAST_SYNCED_AT, at)
            .set(C.FAILURE_COUNT, 0)
            .set(C.LAST_ERROR, reason)
            .setNull(C.NEXT_ATTEMPT_AT);
    if (purge) {
      // Every column that came from Battle.net but the id, which stays as the tombstone's identity.
      set =
          set.set(C.PURGED_AT, at)
              .setNull(C.GUILD_ID)
              .setNull(C.LEVEL)
              .setNull(C.CLASS)
              .setNull(C.RACE)
              .setNull(C.FACTION)
              .setNull(C.ACTIVE_SPEC)
              .setNull(C.ACHIEVEMENT_POINTS)
              .setNull(C.AVERAGE_ITEM_LEVEL)
              .setNull(C.EQUIPPED_ITEM_LEVEL)
              .setNull(C.LAST_LOGIN_AT)
              .setNull(C.LAST_MODIFIED)
              .setNull(DetailWrites.MYTHIC_RATING)
              .setNull(C.MYTHIC_RATING_COLOR)
              .setNull(C.TOY_HASH);
    }
    return ChangeStatements.update(v, set);
  }

  private List<Long> delete(List<CharacterChange.Invalidated> changes) {
    Long[] keys = changes.stream().map(c -> c.key().value()).toArray(Long[]::new);
    return new ArrayList<>(
        tx.deleteFrom(C)
            .where(C.ID.eq(DSL.any(BigintArray.of(Arrays.asList(keys)))))
            .returningResult(C.ID)
            .fetch()
            .getValues(C.ID));
  }
}
