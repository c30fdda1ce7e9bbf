package dev.guildsync.core.internal;

import dev.guildsync.core.ItemOutcome;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many of a run's items had each outcome, and why the failed ones failed: the part of a run's
 * tally every sync shares. Internal. Used by one thread at a time.
 *
 * @param <E> the sync's outcomes
 */
public final class OutcomeCounts<E extends Enum<E>> {
  private final Map<E, Integer> counts;
  private final E failed;
  private final Map<String, Integer> failureReasons = new HashMap<>();

  /**
   * @param type the outcomes' enum
   * @param failed the outcome whose reasons are counted
   */
  public OutcomeCounts(Class<E> type, E failed) {
    this.counts = new EnumMap<>(type);
    this.failed = Objects.requireNonNull(failed, "failed");
  }

  /** Counts one item's outcome; a failure by its reason ({@code "unknown"} when none). */
  public void add(ItemOutcome<?, E> item) {
    counts.merge(item.outcome(), 1, Integer::sum);
    if (item.outcome() == failed) {
      failureReasons.merge(item.detail().orElse("unknown"), 1, Integer::sum);
    }
  }

  /** How many items had {@code outcome}. */
  public int count(E outcome) {
    return counts.getOrDefault(outcome, 0);
  }

  /** How many failures had each reason; a copy. */
  public Map<String, Integer> failureReasons() {
    return Map.copyOf(failureReasons);
  }
}
