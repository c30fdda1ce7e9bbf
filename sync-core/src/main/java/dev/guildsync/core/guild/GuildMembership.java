package dev.guildsync.core.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored {@code guild_members} row, current or left, with its character's identity.
 *
 * @param character the member's local character
 * @param bnetCharacterId that character's Battle.net id; empty when the character has none yet (it
 *     then matches no roster member)
 * @param rank the stored rank
 * @param joinedAt when the member joined (first seen)
 * @param leftAt when the leave was recorded; empty while a member
 * @param missedRosters consecutive received rosters the member was missing from (G3)
 */
public record GuildMembership(
    CharacterKey character,
    Optional<BnetCharacterId> bnetCharacterId,
    int rank,
    Instant joinedAt,
    Optional<Instant> leftAt,
    int missedRosters) {
  /**
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the rank or the miss count is negative
   */
  public GuildMembership {
    Objects.requireNonNull(character, "character");
    Objects.requireNonNull(bnetCharacterId, "bnetCharacterId");
    Objects.requireNonNull(joinedAt, "joinedAt");
    Objects.requireNonNull(leftAt, "leftAt");
    if (rank < 0 || missedRosters < 0) {
      throw new IllegalArgumentException(
          "rank and missedRosters must not be negative: " + rank + ", " + missedRosters);
    }
  }

  /** Whether this row is a current member (no leave recorded). */
  public boolean current() {
    return leftAt.isEmpty();
  }
}
