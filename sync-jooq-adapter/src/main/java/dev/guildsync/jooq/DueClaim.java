package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.DueRule;
import dev.guildsync.core.character.DueState;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.claim.SyncState;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailState;
import dev.guildsync.jooq.generated.tables.Characters;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record5;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * The due claim, in one transaction: lock the first {@code limit} due rows, oldest sync first,
 * skipping rows another transaction has locked ({@code FOR NO KEY UPDATE SKIP LOCKED}, so
 * concurrent claimers take disjoint sets without waiting for each other), then claim them in the
 * claims table under the lease ({@link Claims#take}), which drops any row a claimer that held the
 * lock before committed a claim for. The character rows themselves are only locked, never
 * rewritten.
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
          C.LAST_SYNCED_AT,
          C.LAST_LOGIN_AT,
          C.LAST_VALIDATED_AT,
          C.INVALIDATED_AT);

  /** Due order: never synced first, then oldest sync, then key. */
  private static final Comparator<Record> DUE_ORDER =
      Comparator.comparing(
              (Record r) -> r.get(C.LAST_SYNCED_AT),
              Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(r -> r.get(C.ID));

  private static final Field<Boolean> TAKEN = DSL.field(DSL.name("taken_now"), Boolean.class);
  private static final Field<Result<Record5<String, OffsetDateTime, String, Integer, String>>>
      DETAILS = DetailReads.of(DSL.inline((Long) null));

  private DueClaim() {}

  /**
   * Claims due characters under {@code lease} (a retried claim passes the same lease and takes back
   * what an attempt that committed unseen took). A row whose region, realm or name the core rejects
   * (e.g. a name with a '/') is parked rather than handed out: its claim ends, the failure is
   * counted with the reason in {@code last_error}, and it waits one unavailable-recheck interval.
   * The claim then goes on, so a batch of bad rows cannot end a run early as if nothing were due.
   */
  static Claimed<DueCharacter> claim(DSLContext dsl, DueQuery query, Lease lease) {
    while (true) {
      List<DueCharacter> claimed = new ArrayList<>();
      Result<Record> rows = claimStatement(dsl, query, lease).fetch();
      Map<Long, String> rejected = new LinkedHashMap<>();
      for (Record row : rows.stream().sorted(DUE_ORDER).toList()) {
        if (!row.get(TAKEN)) {
          continue;
        }
        try {
          claimed.add(toDueCharacter(row, query, DetailReads.states(row.get(DETAILS))));
        } catch (IllegalArgumentException e) {
          rejected.put(row.get(C.ID), "invalid character reference: " + e.getMessage());
        }
      }
      if (!rejected.isEmpty()) {
        Duration recheck = Duration.between(query.unavailableBefore(), query.now());
        dsl.transaction(
            tx -> {
              Claims.CHARACTERS.finish(tx.dsl(), lease, rejected.keySet());
              park(tx.dsl(), query.now().plus(recheck), rejected);
            });
      }
      if (!claimed.isEmpty() || rows.isEmpty()) {
        return new Claimed<>(lease, claimed);
      }
    }
  }

  /**
   * The whole claim as one statement, one round trip and no transaction of its own: lock the due
   * rows ({@link #statement}), open the lease, insert their claims ({@link Claims#insert}, which
   * takes only those no live claim holds), and return every locked row with whether it was taken
   * and the stored states of its details.
   */
  static ResultQuery<Record> claimStatement(DSLContext dsl, DueQuery query, Lease lease) {
    CommonTableExpression<Record> due = DSL.name("due").as(statement(dsl, query, lease));
    Field<Long> dueId = due.field(C.ID);
    CommonTableExpression<Record1<Long>> taken =
        DSL.name("taken")
            .as(Claims.CHARACTERS.insert(dsl, lease, query.now(), due, dueId, DSL.noCondition()));
    Field<Long> takenId = taken.field(0, Long.class);
    return dsl.with(due)
        .with(DSL.name("opened").as(Claims.open(dsl, lease)))
        .with(taken)
        .select(due.fields())
        .select(DSL.field(takenId.isNotNull()).as(TAKEN), DetailReads.of(takenId))
        .from(due)
        .leftJoin(taken)
        .on(takenId.eq(dueId));
  }

  /**
   * Parks characters that cannot be synced: failure counted, {@code reason} in {@code last_error},
   * not due before {@code until}. The caller has ended their claims.
   */
  static void park(DSLContext tx, Instant until, Map<Long, String> reasons) {
    reasons.forEach(
        (id, reason) -> {
          LOG.log(Level.WARNING, "parking character " + id + ": " + reason);
          tx.update(C)
              .set(C.FAILURE_COUNT, C.FAILURE_COUNT.plus(1))
              .set(C.LAST_ERROR, reason)
              .set(C.NEXT_ATTEMPT_AT, Timestamps.utc(until))
              .where(C.ID.eq(id))
              .execute();
        });
  }

  /** The locking select of a claim, not executed (tests EXPLAIN it). */
  static ResultQuery<Record> statement(DSLContext dsl, DueQuery query, Lease lease) {
    return dsl.select(RETURNED)
        .from(C)
        .where(isDue(query, lease.id()))
        .orderBy(C.LAST_SYNCED_AT.asc().nullsFirst(), C.ID.asc())
        .limit(query.limit())
        .forNoKeyUpdate()
        .skipLocked();
  }

  /**
   * {@link DueQuery}'s definition, with the same strict and non-strict comparisons as DueRule; a
   * claim of lease {@code self} counts as no claim. Every branch is a filter on the due-order index
   * scan: the order (and so the plan) is the same whatever the activity and retention settings.
   */
  static Condition isDue(DueQuery query, UUID self) {
    var now = Timestamps.utc(query.now());
    return C.LEASE_UNTIL
        .isNull()
        .or(C.LEASE_UNTIL.le(now))
        .and(Claims.CHARACTERS.free(C.ID, self, query.now()))
        .and(C.NEXT_ATTEMPT_AT.isNull().or(C.NEXT_ATTEMPT_AT.le(now)))
        .and(
            C.LAST_SYNCED_AT
                .isNull()
                .or(C.IS_AVAILABLE.isTrue().and(availableStale(query)))
                .or(
                    C.IS_AVAILABLE
                        .isFalse()
                        .and(C.LAST_SYNCED_AT.lt(Timestamps.utc(query.unavailableBefore()))))
                .or(statusDue(query)));
  }

  /**
   * Available and stale: active before {@code staleBefore}, idle before {@code idleStaleBefore}.
   */
  private static Condition availableStale(DueQuery query) {
    Condition stale = C.LAST_SYNCED_AT.lt(Timestamps.utc(query.staleBefore()));
    if (!query.distinguishesIdle()) {
      return stale;
    }
    var activeSince = Timestamps.utc(query.activeSince());
    return C.LAST_SYNCED_AT
        .lt(Timestamps.utc(query.idleStaleBefore()))
        .or(stale.and(C.LAST_LOGIN_AT.isNull().or(C.LAST_LOGIN_AT.ge(activeSince))));
  }

  /** Due for a status check (the caller's other branches cover a due profile). */
  private static Condition statusDue(DueQuery query) {
    if (query.validatedBefore().isEmpty()) {
      return DSL.falseCondition();
    }
    return C.BNET_CHARACTER_ID
        .isNotNull()
        .and(C.INVALIDATED_AT.isNull())
        .and(
            C.LAST_VALIDATED_AT
                .isNull()
                .or(C.LAST_VALIDATED_AT.lt(Timestamps.utc(query.validatedBefore().get()))));
  }

  /**
   * The part of {@link DueQuery}'s definition over a guild row's own sync state, for any table that
   * has these three columns: staleness and unavailability only (the activity rule and the status
   * checks are the characters'; a guild's roster is one request whatever its activity).
   */
  static Condition dueState(
      DueQuery query,
      Field<Boolean> available,
      Field<OffsetDateTime> lastSyncedAt,
      Field<OffsetDateTime> nextAttemptAt) {
    var now = Timestamps.utc(query.now());
    return nextAttemptAt
        .isNull()
        .or(nextAttemptAt.le(now))
        .and(
            lastSyncedAt
                .isNull()
                .or(available.isTrue().and(lastSyncedAt.lt(Timestamps.utc(query.staleBefore()))))
                .or(
                    available
                        .isFalse()
                        .and(lastSyncedAt.lt(Timestamps.utc(query.unavailableBefore())))));
  }

  /**
   * @throws IllegalArgumentException when the core rejects the row's region, realm or name
   */
  private static DueCharacter toDueCharacter(
      Record r, DueQuery query, Map<CharacterDetail, DetailState> details) {
    DueState state =
        new DueState(
            r.get(C.IS_AVAILABLE),
            Timestamps.instant(r.get(C.LAST_SYNCED_AT)),
            Optional.empty(),
            Optional.empty(),
            Timestamps.instant(r.get(C.LAST_LOGIN_AT)),
            r.get(C.BNET_CHARACTER_ID) != null,
            Timestamps.instant(r.get(C.LAST_VALIDATED_AT)),
            r.get(C.INVALIDATED_AT) != null);
    boolean statusCheck =
        DueRule.dueFor(query, state).filter(DueRule.Reason.STATUS::equals).isPresent();
    return new DueCharacter(
        CharacterKey.of(r.get(C.ID)),
        new CharacterRef(Region.parse(r.get(C.REGION)), r.get(C.REALM), r.get(C.NAME)),
        Optional.ofNullable(r.get(C.BNET_CHARACTER_ID)).map(BnetCharacterId::of),
        Optional.ofNullable(r.get(C.GUILD_ID)).map(GuildKey::of),
        new SyncState(
            r.get(C.IS_AVAILABLE),
            Timestamps.instant(r.get(C.LAST_SYNCED_AT)),
            Optional.ofNullable(r.get(C.LAST_MODIFIED)),
            r.get(C.FAILURE_COUNT)),
        statusCheck,
        Timestamps.instant(r.get(C.LAST_LOGIN_AT)),
        details);
  }
}
