package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTER_DETAILS;

import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailOutcome;
import dev.guildsync.core.detail.DetailState;
import dev.guildsync.jooq.generated.tables.CharacterDetails;
import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The claim's read of its characters' detail states: one statement per claim, whatever the batch
 * size, on {@code character_details}' primary key.
 */
final class DetailReads {
  private static final System.Logger LOG = System.getLogger(DetailReads.class.getName());
  private static final CharacterDetails D = CHARACTER_DETAILS;

  private DetailReads() {}

  /**
   * The stored state of each detail of {@code characters}. A row the core cannot read (a detail or
   * outcome this version does not know, e.g. written by a newer one) is left out, so the detail
   * counts as never fetched.
   */
  static Map<Long, Map<CharacterDetail, DetailState>> states(
      DSLContext tx, Collection<Long> characters) {
    Map<Long, Map<CharacterDetail, DetailState>> states = new HashMap<>();
    if (characters.isEmpty()) {
      return states;
    }
    for (Record r :
        tx.select(
                D.CHARACTER_ID,
                D.DETAIL,
                D.FETCHED_FOR_LOGIN,
                D.LAST_MODIFIED,
                D.VERSION,
                D.OUTCOME)
            .from(D)
            .where(D.CHARACTER_ID.eq(DSL.any(characters.toArray(Long[]::new))))
            .fetch()) {
      try {
        CharacterDetail detail = CharacterDetail.parse(r.get(D.DETAIL));
        DetailState state =
            new DetailState(
                Timestamps.instant(r.get(D.FETCHED_FOR_LOGIN)),
                Optional.ofNullable(r.get(D.LAST_MODIFIED)),
                r.get(D.VERSION),
                DetailOutcome.parse(r.get(D.OUTCOME)));
        states
            .computeIfAbsent(r.get(D.CHARACTER_ID), k -> new EnumMap<>(CharacterDetail.class))
            .put(detail, state);
      } catch (IllegalArgumentException e) {
        LOG.log(Level.WARNING, "ignoring a character_details row: " + e.getMessage());
      }
    }
    return states;
  }
}
