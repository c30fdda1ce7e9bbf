package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.CHARACTER_DETAILS;
import static dev.guildsync.jooq.generated.Tables.CHARACTER_RAID_PROGRESS;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailState;
import dev.guildsync.testing.character.StoredDetails;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Reads a character's stored details with plain jOOQ, for the details contract. */
final class JooqDetailReads {
  private JooqDetailReads() {}

  static StoredDetails read(DSLContext sql, CharacterKey key) {
    Map<CharacterDetail, StoredDetails.Row> rows = new EnumMap<>(CharacterDetail.class);
    var d = CHARACTER_DETAILS;
    Map<CharacterDetail, DetailState> states =
        DetailReads.states(sql.select(DetailReads.of(DSL.val(key.value()))).fetchOne().value1());
    for (Record r : sql.select().from(d).where(d.CHARACTER_ID.eq(key.value())).fetch()) {
      DetailState state = states.get(CharacterDetail.parse(r.get(d.DETAIL)));
      rows.put(
          CharacterDetail.parse(r.get(d.DETAIL)),
          new StoredDetails.Row(
              state,
              r.get(d.FETCHED_AT).toInstant(),
              r.get(d.DATA) != null,
              Optional.ofNullable(r.get(d.LAST_ERROR))));
    }
    var c = CHARACTERS;
    Record ch =
        sql.select(DetailWrites.MYTHIC_RATING, c.MYTHIC_RATING_COLOR, c.TOY_HASH)
            .from(c)
            .where(c.ID.eq(key.value()))
            .fetchOptional()
            .orElse(null);
    if (ch == null) {
      return rows.isEmpty()
          ? StoredDetails.none()
          : new StoredDetails(
              rows, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
    var p = CHARACTER_RAID_PROGRESS;
    List<StoredDetails.RaidProgress> raids =
        sql.selectFrom(p)
            .where(p.CHARACTER_ID.eq(key.value()))
            .orderBy(p.INSTANCE_ID, p.DIFFICULTY)
            .fetch(
                r ->
                    new StoredDetails.RaidProgress(
                        r.getInstanceId(),
                        Optional.ofNullable(r.getInstanceName()),
                        r.getDifficulty(),
                        r.getCompletedCount(),
                        r.getTotalCount(),
                        Timestamps.instant(r.getLastKillAt())));
    return new StoredDetails(
        rows,
        Optional.ofNullable(ch.get(DetailWrites.MYTHIC_RATING)).map(BigDecimal::doubleValue),
        Optional.ofNullable(ch.get(c.MYTHIC_RATING_COLOR)),
        Optional.ofNullable(ch.get(c.TOY_HASH)),
        raids);
  }
}
