package dev.guildsync.core.character;

import dev.guildsync.core.Lease;
import java.util.List;
import java.util.Objects;

/**
 * Characters claimed under one lease.
 *
 * @param lease the lease that holds them
 * @param characters the claimed characters; empty when nothing was due
 */
public record ClaimedCharacters(Lease lease, List<DueCharacter> characters) {
  public ClaimedCharacters {
    Objects.requireNonNull(lease, "lease");
    characters = List.copyOf(characters);
  }

  public boolean isEmpty() {
    return characters.isEmpty();
  }
}
