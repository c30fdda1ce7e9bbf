package dev.guildsync.core.claim;

import java.util.List;
import java.util.Objects;

/**
 * Items a store handed out under one lease: due characters, due guilds.
 *
 * @param <T> what was claimed
 * @param lease the lease that holds them
 * @param items the claimed items, oldest sync first; empty when nothing was due
 */
public record Claimed<T>(Lease lease, List<T> items) {
  public Claimed {
    Objects.requireNonNull(lease, "lease");
    items = List.copyOf(items);
  }

  /** Whether nothing was claimed. */
  public boolean isEmpty() {
    return items.isEmpty();
  }
}
