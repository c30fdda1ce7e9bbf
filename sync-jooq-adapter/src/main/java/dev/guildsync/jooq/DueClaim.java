package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Lease;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.ClaimedCharacters;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.DueQuery;
import dev.guildsync.jooq.generated.tables.Characters;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectField;
import org.jooq.UpdateResultStep;
import org.jooq.impl.DSL;

/**
 * The due claim, as one statement: lease the first {@code limit} due rows, oldest sync first,
 * skipping rows another transaction has locked. {@code FOR UPDATE SKIP LOCKED} in the subquery
 * makes concurrent claimers take disjoint sets without waiting for each other; a row another
 * claimer leased and committed meanwhile is re-checked against the due condition and dropped.
 */
final class DueClaim {
  private static final System.Logger LOG = System.getLogger(DueClaim.class.getName());
  private static final Characters C = CHARACTERS;
  private static final List<SelectField<?>> RETURNED =
      List.of(
          C.ID,
          C.REGION,
          C.REALM,
          C.NAME,
          C.BNET_CHARACTER_ID,
          C.GUILD_ID,
          C.IS_AVAILABLE,
          C.LAST_MODIFIED,
          C.FAILURE_COUNT,
          C.LAST_SYNCED_AT);

  /** Due order: never synced first, then oldest sync, then key. */
  private static final Comparator<Record> DUE_ORDER =
      Comparator.comparing(
              (Record r) -> r.get(C.LAST_SYNCED_AT),
              Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(r -> r.get(C.ID));

  private DueClaim() {}

  /**
   * Claims due characters. A row whose region, realm or name the core rejects (e.g. a name with a
   * '/') is parked rather than handed out: its lease ends, the failure is counted with the reason
   * in {@code last_error}, and it waits one unavailable-recheck interval. The claim then goes on,
   * so a batch of bad rows cannot end a run early as if nothing were due.
   */
  static ClaimedCharacters claim(DSLContext dsl, DueQuery query) {
    Lease lease = new Lease(UUID.randomUUID(), query.leaseUntil());
    while (true) {
      Result<Record> rows = statement(dsl, query, lease).fetch();
      List<DueCharacter> claimed = new ArrayList<>(rows.size());
      Map<Long, String> rejected = new LinkedHashMap<>();
      for (Record row : rows.stream().sorted(DUE_ORDER).toList()) {
        try {
          claimed.add(toDueCharacter(row));
        } catch (IllegalArgumentException e) {
          rejected.put(row.get(C.ID), "invalid character reference: " + e.getMessage());
        }
      }
      park(dsl, query, lease, rejected);
      if (!claimed.isEmpty() || rejected.isEmpty()) {
        return new ClaimedCharacters(lease, claimed);
      }
    }
  }

  private static void park(
      DSLContext dsl, DueQuery query, Lease lease, Map<Long, String> rejected) {
    var until =
        Timestamps.utc(query.now().plus(Duration.between(query.unavailableBefore(), query.now())));
    rejected.forEach(
        (id, reason) -> {
          LOG.log(Level.WARNING, "parking character " + id + ": " + reason);
          dsl.update(C)
              .set(C.LEASE_ID, (UUID) null)
              .set(C.LEASE_UNTIL, (OffsetDateTime) null)
              .set(C.FAILURE_COUNT, C.FAILURE_COUNT.plus(1))
              .set(C.LAST_ERROR, reason)
              .set(C.NEXT_ATTEMPT_AT, until)
              .where(C.ID.eq(id).and(C.LEASE_ID.eq(lease.id())))
              .execute();
        });
  }

  /** The claim statement, not executed (tests EXPLAIN it). */
  static UpdateResultStep<Record> statement(DSLContext dsl, DueQuery query, Lease lease) {
    return dsl.update(C)
        .set(C.LEASE_ID, lease.id())
        .set(C.LEASE_UNTIL, Timestamps.utc(lease.until()))
        // id = ANY(ARRAY(subquery)), not id IN (subquery): the array is an InitPlan, so the update
        // finds its rows through the primary key. With IN, PostgreSQL plans a semi join and, from
        // about 1,000 rows claimed, hashes the subquery and scans the whole table for every batch.
        .where(
            C.ID.eq(
                DSL.any(
                    DSL.array(
                        DSL.select(C.ID)
                            .from(C)
                            .where(isDue(query))
                            .orderBy(C.LAST_SYNCED_AT.asc().nullsFirst(), C.ID.asc())
                            .limit(query.limit())
                            .forUpdate()
                            .skipLocked()))))
        .returningResult(RETURNED);
  }

  /** {@link DueQuery}'s definition, with the same strict and non-strict comparisons as DueRule. */
  static Condition isDue(DueQuery query) {
    var now = Timestamps.utc(query.now());
    return C.LEASE_UNTIL
        .isNull()
        .or(C.LEASE_UNTIL.le(now))
        .and(C.NEXT_ATTEMPT_AT.isNull().or(C.NEXT_ATTEMPT_AT.le(now)))
        .and(
            C.LAST_SYNCED_AT
                .isNull()
                .or(
                    C.IS_AVAILABLE
                        .isTrue()
                        .and(C.LAST_SYNCED_AT.lt(Timestamps.utc(query.staleBefore()))))
                .or(
                    C.IS_AVAILABLE
                        .isFalse()
                        .and(C.LAST_SYNCED_AT.lt(Timestamps.utc(query.unavailableBefore())))));
  }

  /**
   * @throws IllegalArgumentException when the core rejects the row's region, realm or name
   */
  private static DueCharacter toDueCharacter(Record r) {
    return new DueCharacter(
        CharacterKey.of(r.get(C.ID)),
        new CharacterRef(Region.parse(r.get(C.REGION)), r.get(C.REALM), r.get(C.NAME)),
        Optional.ofNullable(r.get(C.BNET_CHARACTER_ID)).map(BnetCharacterId::of),
        Optional.ofNullable(r.get(C.GUILD_ID)).map(GuildKey::of),
        r.get(C.IS_AVAILABLE),
        Optional.ofNullable(r.get(C.LAST_MODIFIED)),
        r.get(C.FAILURE_COUNT));
  }
}
