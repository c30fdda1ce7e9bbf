package dev.guildsync.core.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import java.util.Objects;

/**
 * A character to create for a roster member that has no local character (G2). It is written never
 * synced, so the character sync fetches its profile next.
 *
 * @param id its Battle.net character id
 * @param ref the guild's region, the member's realm slug and name
 * @param level the level
 * @param classId the class id; kept even when {@code className} is unknown
 * @param className the class name from {@link PlayableNames}; empty when the id is unknown
 * @param raceId the race id
 * @param raceName the race name from {@link PlayableNames}; empty when the id is unknown
 */
public record CharacterFromRoster(
    BnetCharacterId id,
    CharacterRef ref,
    int level,
    int classId,
    String className,
    int raceId,
    String raceName) {
  /**
   * @throws NullPointerException when a component is null
   */
  public CharacterFromRoster {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(raceName, "raceName");
  }

  /** The character a roster member names, its class and race named from their ids. */
  public static CharacterFromRoster of(RosterMember member) {
    return new CharacterFromRoster(
        member.id(),
        member.character(),
        member.level(),
        member.classId(),
        PlayableNames.className(member.classId()),
        member.raceId(),
        PlayableNames.raceName(member.raceId()));
  }
}
