package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTER_DETAILS;

import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailOutcome;
import dev.guildsync.core.detail.DetailState;
import dev.guildsync.jooq.generated.tables.CharacterDetails;
import java.lang.System.Logger.Level;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * The claim's read of its characters' detail states: a nested set per claimed character inside the
 * claim's one statement, on {@code character_details}' primary key.
 */
final class DetailReads {
  private static final System.Logger LOG = System.getLogger(DetailReads.class.getName());
  private static final CharacterDetails D = CHARACTER_DETAILS;

  private DetailReads() {}

  /** The stored detail rows of {@code character} (none when it is NULL), as a nested set. */
  static Field<Result<Record5<String, OffsetDateTime, String, Integer, String>>> of(
      Field<Long> character) {
    return DSL.multiset(
            DSL.select(D.DETAIL, D.FETCHED_FOR_LOGIN, D.LAST_MODIFIED, D.VERSION, D.OUTCOME)
                .from(D)
                .where(D.CHARACTER_ID.eq(character)))
        .as("details");
  }

  /**
   * The stored state of each detail in {@code rows}. A row the core cannot read (a detail or
   * outcome this version does not know, e.g. written by a newer one) is left out, so the detail
   * counts as never fetched.
   */
  static Map<CharacterDetail, DetailState> states(
      Result<Record5<String, OffsetDateTime, String, Integer, String>> rows) {
    Map<CharacterDetail, DetailState> states = new EnumMap<>(CharacterDetail.class);
    for (Record5<String, OffsetDateTime, String, Integer, String> r : rows) {
      try {
        states.put(
            CharacterDetail.parse(r.value1()),
            new DetailState(
                Timestamps.instant(r.value2()),
                Optional.ofNullable(r.value3()),
                r.value4(),
                DetailOutcome.parse(r.value5())));
      } catch (IllegalArgumentException e) {
        LOG.log(Level.WARNING, "ignoring a character_details row: " + e.getMessage());
      }
    }
    return states;
  }
}
