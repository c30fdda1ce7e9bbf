package dev.guildsync.core.guild;

import java.util.Objects;

/**
 * A stored {@code guild_ranks} row.
 *
 * @param rank the rank number, 0 for the guild master
 * @param name its name: a default or what the user set
 * @param memberCount how many current members the last roster had in it
 */
public record GuildRank(int rank, String name, int memberCount) {
  /**
   * @throws IllegalArgumentException when a number is negative
   */
  public GuildRank {
    Objects.requireNonNull(name, "name");
    if (rank < 0 || memberCount < 0) {
      throw new IllegalArgumentException(
          "rank and memberCount must not be negative: " + rank + ", " + memberCount);
    }
  }
}
