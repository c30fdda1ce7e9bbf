package dev.guildsync.core.guild;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code guild_members} row to insert or replace whole. Only rows that differ from what is stored
 * are written: an unchanged member is never in a change.
 *
 * @param character the member
 * @param rank its rank
 * @param joinedAt when it joined; kept from the stored row on updates
 * @param leftAt when its leave was recorded; empty while a member
 * @param missedRosters consecutive received rosters it was missing from
 */
public record MembershipWrite(
    MemberCharacter character,
    int rank,
    Instant joinedAt,
    Optional<Instant> leftAt,
    int missedRosters) {
  /**
   * @throws IllegalArgumentException when a number is negative
   */
  public MembershipWrite {
    Objects.requireNonNull(character, "character");
    Objects.requireNonNull(joinedAt, "joinedAt");
    Objects.requireNonNull(leftAt, "leftAt");
    if (rank < 0 || missedRosters < 0) {
      throw new IllegalArgumentException(
          "rank and missedRosters must not be negative: " + rank + ", " + missedRosters);
    }
  }
}
