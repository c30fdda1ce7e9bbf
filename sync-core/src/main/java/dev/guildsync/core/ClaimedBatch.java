package dev.guildsync.core;

import java.util.List;
import java.util.Objects;

/**
 * Characters claimed under one lease.
 *
 * @param lease the lease that holds them
 * @param characters the claimed characters; empty when nothing was due
 */
public record ClaimedBatch(Lease lease, List<DueCharacter> characters) {
  public ClaimedBatch {
    Objects.requireNonNull(lease, "lease");
    characters = List.copyOf(characters);
  }

  public boolean isEmpty() {
    return characters.isEmpty();
  }
}
