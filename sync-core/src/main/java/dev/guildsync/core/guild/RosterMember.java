package dev.guildsync.core.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import java.util.Objects;

/**
 * One member of a roster, as Battle.net lists it. Class and race come as ids only; {@link
 * PlayableNames} names them.
 *
 * @param id the member's Battle.net character id: the member's identity (G2), never the name
 * @param character region, the member's own realm slug (connected realms: it may differ from the
 *     guild's) and name in display case
 * @param level the character level, zero or more
 * @param classId the playable class id, zero or more (zero when Battle.net gave none)
 * @param raceId the playable race id, zero or more (zero when Battle.net gave none)
 * @param rank the guild rank, 0 for the guild master
 */
public record RosterMember(
    BnetCharacterId id, CharacterRef character, int level, int classId, int raceId, int rank) {
  /**
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when a number is negative
   */
  public RosterMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(character, "character");
    requireNotNegative(level, "level");
    requireNotNegative(classId, "classId");
    requireNotNegative(raceId, "raceId");
    requireNotNegative(rank, "rank");
  }

  private static void requireNotNegative(int value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
  }
}
