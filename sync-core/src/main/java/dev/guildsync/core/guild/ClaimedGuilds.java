package dev.guildsync.core.guild;

import dev.guildsync.core.Lease;
import java.util.List;
import java.util.Objects;

/**
 * Guilds claimed under one lease.
 *
 * @param lease the lease that holds them
 * @param guilds the claimed guilds, oldest sync first; empty when nothing was due
 */
public record ClaimedGuilds(Lease lease, List<TrackedGuild> guilds) {
  public ClaimedGuilds {
    Objects.requireNonNull(lease, "lease");
    guilds = List.copyOf(guilds);
  }

  /** Whether nothing was claimed. */
  public boolean isEmpty() {
    return guilds.isEmpty();
  }
}
