package dev.guildsync.core.guild;

import java.util.Objects;

/**
 * A {@code guild_ranks} row to write (G5): inserted with {@code defaultName} when the guild has no
 * such rank, otherwise only its member count is updated. A stored name is never overwritten, even
 * one set by the user between the read and the write.
 *
 * @param rank the rank number
 * @param defaultName "Guild Master" for 0, "Rank n" otherwise
 * @param memberCount the rank's current member count, 0 for a rank no longer seen
 */
public record RankWrite(int rank, String defaultName, int memberCount) {
  /**
   * @throws IllegalArgumentException when a number is negative
   */
  public RankWrite {
    Objects.requireNonNull(defaultName, "defaultName");
    if (rank < 0 || memberCount < 0) {
      throw new IllegalArgumentException(
          "rank and memberCount must not be negative: " + rank + ", " + memberCount);
    }
  }
}
