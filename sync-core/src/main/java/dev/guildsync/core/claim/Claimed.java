package dev.guildsync.core.claim;

import java.util.List;
import java.util.Objects;

/**
 * Items a store handed out under one lease: due characters, due guilds.
 *
 * @param <T> what was claimed
 * @param lease the lease that holds them
 * @param items the claimed items, oldest sync first; empty when nothing was due
 * @param exhausted whether the store saw no more due items than these (it found fewer than it was
 *     asked for), so the run need not claim again after this batch; false when it cannot tell
 */
public record Claimed<T>(Lease lease, List<T> items, boolean exhausted) {
  public Claimed {
    Objects.requireNonNull(lease, "lease");
    items = List.copyOf(items);
  }

  /** Items from a store that does not tell whether more are due: the run claims again. */
  public Claimed(Lease lease, List<T> items) {
    this(lease, items, false);
  }

  /** Whether nothing was claimed. */
  public boolean isEmpty() {
    return items.isEmpty();
  }
}
