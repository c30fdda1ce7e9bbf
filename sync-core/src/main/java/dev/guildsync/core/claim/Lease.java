package dev.guildsync.core.claim;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The right to sync a claimed batch until {@code until}. A store writes a change only for rows that
 * this lease still holds, so a batch whose lease expired and was claimed again elsewhere cannot
 * overwrite the newer sync.
 *
 * @param id identifies the claim
 * @param until when the lease expires and its items may be claimed again
 */
public record Lease(UUID id, Instant until) {
  public Lease {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(until, "until");
  }
}
