package dev.guildsync.core.claim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which items a store hands out, and for how long. A character is due when all of these hold (a
 * guild likewise, over its own sync state; see {@link
 * dev.guildsync.core.guild.GuildStorePort#claimDueGuilds(DueQuery)}):
 *
 * <ul>
 *   <li>no live lease holds it ({@code lease_until} is null or not after {@code now});
 *   <li>its failure back-off is over ({@code next_attempt_at} is null or not after {@code now});
 *   <li>it is due for a <b>profile sync</b> or for a <b>status check</b>.
 * </ul>
 *
 * Due for a profile sync: it was never synced; or it is available, active ({@code last_login_at}
 * null or not before {@code activeSince}) and was last synced before {@code staleBefore}; or it is
 * available, idle ({@code last_login_at} before {@code activeSince}) and was last synced before
 * {@code idleStaleBefore}; or it is unavailable and was last synced before {@code
 * unavailableBefore}.
 *
 * <p>Due for a status check (only when {@code validatedBefore} is present): it is not due for a
 * profile sync, it has a Battle.net id, it was not invalidated by an earlier status check, and
 * {@code last_validated_at} is null or before {@code validatedBefore}. A store hands such a
 * character out with {@link dev.guildsync.core.character.DueCharacter#statusCheck()} set.
 *
 * <p>Due characters are handed out oldest sync first (never synced first), at most {@code limit}.
 * {@link dev.guildsync.core.character.DueRule} is this definition as code.
 *
 * @param now the current time
 * @param staleBefore active available characters synced before this are due
 * @param unavailableBefore unavailable characters synced before this are due
 * @param limit how many to claim at most, positive
 * @param leaseFor how long the claim holds, positive
 * @param idleStaleBefore idle available characters synced before this are due; not after {@code
 *     staleBefore}
 * @param activeSince a character whose last login is before this is idle
 * @param validatedBefore characters validated before this are due for a status check; empty: no
 *     status checks
 */
public record DueQuery(
    Instant now,
    Instant staleBefore,
    Instant unavailableBefore,
    int limit,
    Duration leaseFor,
    Instant idleStaleBefore,
    Instant activeSince,
    Optional<Instant> validatedBefore) {
  public DueQuery {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(staleBefore, "staleBefore");
    Objects.requireNonNull(unavailableBefore, "unavailableBefore");
    Objects.requireNonNull(leaseFor, "leaseFor");
    Objects.requireNonNull(idleStaleBefore, "idleStaleBefore");
    Objects.requireNonNull(activeSince, "activeSince");
    Objects.requireNonNull(validatedBefore, "validatedBefore");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (leaseFor.isNegative() || leaseFor.isZero()) {
      throw new IllegalArgumentException("leaseFor must be positive: " + leaseFor);
    }
    if (idleStaleBefore.isAfter(staleBefore)) {
      throw new IllegalArgumentException("idleStaleBefore must not be after staleBefore");
    }
  }

  /**
   * A query without the activity rule (idle characters are due like active ones) and without status
   * checks: what a store handed out before retention and activity existed.
   */
  public DueQuery(
      Instant now, Instant staleBefore, Instant unavailableBefore, int limit, Duration leaseFor) {
    this(
        now,
        staleBefore,
        unavailableBefore,
        limit,
        leaseFor,
        staleBefore,
        staleBefore,
        Optional.empty());
  }

  /** This query without status checks, for a run that has no status source. */
  public DueQuery withoutStatusChecks() {
    return new DueQuery(
        now,
        staleBefore,
        unavailableBefore,
        limit,
        leaseFor,
        idleStaleBefore,
        activeSince,
        Optional.empty());
  }

  /** Whether the activity rule changes anything: idle characters wait longer than active ones. */
  public boolean distinguishesIdle() {
    return idleStaleBefore.isBefore(staleBefore);
  }

  /** When a lease taken now expires. */
  public Instant leaseUntil() {
    return now.plus(leaseFor);
  }
}
