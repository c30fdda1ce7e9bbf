package dev.guildsync.core.character;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Which characters a store hands out, and for how long. A character is due when all of these hold:
 *
 * <ul>
 *   <li>no live lease holds it ({@code lease_until} is null or not after {@code now});
 *   <li>its failure back-off is over ({@code next_attempt_at} is null or not after {@code now});
 *   <li>it was never synced, or it is available and was last synced before {@code staleBefore}, or
 *       it is unavailable and was last synced before {@code unavailableBefore}.
 * </ul>
 *
 * Due characters are handed out oldest sync first (never synced first), at most {@code limit}.
 * {@link DueRule} is this definition as code.
 *
 * @param now the current time
 * @param staleBefore available characters synced before this are due
 * @param unavailableBefore unavailable characters synced before this are due
 * @param limit how many to claim at most, positive
 * @param leaseFor how long the claim holds, positive
 */
public record DueQuery(
    Instant now, Instant staleBefore, Instant unavailableBefore, int limit, Duration leaseFor) {
  public DueQuery {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(staleBefore, "staleBefore");
    Objects.requireNonNull(unavailableBefore, "unavailableBefore");
    Objects.requireNonNull(leaseFor, "leaseFor");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (leaseFor.isNegative() || leaseFor.isZero()) {
      throw new IllegalArgumentException("leaseFor must be positive: " + leaseFor);
    }
  }

  /**
   * The query a run started at {@code runStart} sends at {@code now}: staleness is measured from
   * the run's start (so a long run does not re-sync what it synced itself), the lease from {@code
   * now}.
   *
   * @param settings the run's settings (stale-after, unavailable recheck, lease)
   * @param runStart when the run started
   * @param now the current time, from the run's clock
   * @param limit how many to claim at most, positive
   * @throws IllegalArgumentException when {@code limit} is not positive
   */
  public static DueQuery forRun(
      CharacterSyncSettings settings, Instant runStart, Instant now, int limit) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(runStart, "runStart");
    return new DueQuery(
        now,
        runStart.minus(settings.staleAfter()),
        runStart.minus(settings.unavailableRecheck()),
        limit,
        settings.lease());
  }

  /** When a lease taken now expires. */
  public Instant leaseUntil() {
    return now.plus(leaseFor);
  }
}
