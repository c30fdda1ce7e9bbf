package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.Lease;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Saves a batch that PostgreSQL refused for its data, around the changes that carry the bad data:
 * the batch is split in halves, each saved in its own transaction, recursively, until each refused
 * change stands alone; that change is not written, and its character is parked as the sync's own
 * failures are (failure counted, the database's reason in {@code last_error}, not due before the
 * run's back-off after its failure count ends). One bad value costs about {@code 2 log2(n)} extra
 * transactions; the rest of the batch is written as asked.
 */
final class DataErrorIsolation {

  /** Runs one save of some changes in a transaction of its own. */
  interface Transactions {
    <T> T inTransaction(Function<DSLContext, T> work);
  }

  private final Transactions transactions;
  private final DatabaseErrors errors;
  private final Lease lease;
  private final FailureBackoff backoff;

  DataErrorIsolation(
      Transactions transactions, DatabaseErrors errors, Lease lease, FailureBackoff backoff) {
    this.transactions = transactions;
    this.errors = errors;
    this.lease = lease;
    this.backoff = backoff;
  }

  /** Saves {@code changes}, which failed together with {@code failure}. */
  CharacterSaveResult save(List<CharacterChange> changes, RuntimeException failure) {
    if (changes.size() == 1) {
      return park(changes.get(0), "not stored: " + errors.reason(failure));
    }
    int half = changes.size() / 2;
    return merge(part(changes.subList(0, half)), part(changes.subList(half, changes.size())));
  }

  private CharacterSaveResult part(List<CharacterChange> changes) {
    try {
      return transactions.inTransaction(
          tx -> BatchSave.write(tx, lease, ChangesByKind.of(changes)));
    } catch (RuntimeException e) {
      if (!DatabaseErrors.isDataError(e)) {
        throw e;
      }
      return save(changes, e);
    }
  }

  private CharacterSaveResult park(CharacterChange change, String reason) {
    long key = change.key().value();
    boolean held =
        transactions.inTransaction(
            tx -> {
              if (!Claims.CHARACTERS.finish(tx, lease, List.of(key)).contains(key)) {
                return false;
              }
              Integer failures =
                  tx.select(CHARACTERS.FAILURE_COUNT)
                      .from(CHARACTERS)
                      .where(CHARACTERS.ID.eq(key))
                      .forNoKeyUpdate()
                      .fetchOne(CHARACTERS.FAILURE_COUNT);
              if (failures != null) {
                DueClaim.park(tx, until(change, failures + 1), Map.of(key, reason));
              }
              return true;
            });
    return held
        ? new CharacterSaveResult(Set.of(), Set.of(), Map.of(change.key(), reason))
        : new CharacterSaveResult(Set.of(), Set.of(change.key()), Map.of());
  }

  /**
   * When a refused change's character is due again: a failure's own next attempt (the rules applied
   * the back-off already), else the run's back-off after its {@code failures}-th failure.
   */
  private Instant until(CharacterChange change, int failures) {
    if (change instanceof CharacterChange.Common c
        && c.change() instanceof CommonChange.Failed<CharacterKey> f) {
      return f.nextAttemptAt();
    }
    return backoff.nextAttempt(at(change), failures);
  }

  /** When the change happened, by the caller's clock. */
  private static Instant at(CharacterChange change) {
    if (change instanceof CharacterChange.Refreshed r) {
      return r.syncedAt();
    }
    if (change instanceof CharacterChange.IdentityChanged i) {
      return i.syncedAt();
    }
    CommonChange<CharacterKey> common = ((CharacterChange.Common) change).change();
    if (common instanceof CommonChange.Unchanged<CharacterKey> u) {
      return u.syncedAt();
    }
    if (common instanceof CommonChange.NotFound<CharacterKey> n) {
      return n.syncedAt();
    }
    return ((CommonChange.Failed<CharacterKey>) common).nextAttemptAt();
  }

  private static CharacterSaveResult merge(CharacterSaveResult a, CharacterSaveResult b) {
    Set<CharacterKey> dropped = new HashSet<>(a.guildLinksDropped());
    dropped.addAll(b.guildLinksDropped());
    Set<CharacterKey> lost = new HashSet<>(a.leaseLost());
    lost.addAll(b.leaseLost());
    Map<CharacterKey, String> parked = new HashMap<>(a.parked());
    parked.putAll(b.parked());
    return new CharacterSaveResult(dropped, lost, parked);
  }
}
