package dev.guildsync.core.detail;

import static dev.guildsync.core.detail.DetailChecks.atMost;
import static dev.guildsync.core.detail.DetailChecks.inRange;
import static dev.guildsync.core.detail.DetailChecks.optionalText;
import static dev.guildsync.core.detail.DetailChecks.positive;

import dev.guildsync.core.BnetCharacterId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A character's professions; known recipes are not kept (they are most of the body). Immutable.
 *
 * @param primaries the primary professions (at most a few)
 * @param secondaries the secondary ones (cooking, fishing, archaeology...)
 */
public record Professions(List<Profession> primaries, List<Profession> secondaries)
    implements DetailData {
  /** The highest skill accepted; far above any the game has had. */
  public static final int MAX_SKILL = 100_000;

  /**
   * @throws IllegalArgumentException when a list is longer than a character can have
   */
  public Professions {
    primaries = atMost(primaries, 16, "primary professions");
    secondaries = atMost(secondaries, 16, "secondary professions");
  }

  /** No profession known (a 404). */
  public static Professions none() {
    return new Professions(List.of(), List.of());
  }

  @Override
  public CharacterDetail detail() {
    return CharacterDetail.PROFESSIONS;
  }

  /** Professions name no character. */
  @Override
  public Optional<BnetCharacterId> character() {
    return Optional.empty();
  }

  /**
   * One profession.
   *
   * @param id the profession's id
   * @param name its localized name; empty when none
   * @param tiers its skill per expansion tier; empty for those without tiers (archaeology)
   * @param skillPoints the skill carried on the profession itself (archaeology); empty when none
   * @param maxSkillPoints the maximum carried with it; empty when none
   */
  public record Profession(
      long id,
      Optional<String> name,
      List<Tier> tiers,
      OptionalInt skillPoints,
      OptionalInt maxSkillPoints) {
    /**
     * @throws IllegalArgumentException when a value is out of range
     */
    public Profession {
      positive(id, "profession id");
      optionalText(name, "profession name");
      tiers = atMost(tiers, 64, "profession tiers");
      Objects.requireNonNull(skillPoints, "skillPoints");
      Objects.requireNonNull(maxSkillPoints, "maxSkillPoints");
      skillPoints.ifPresent(p -> inRange(p, 0, MAX_SKILL, "skill points"));
      maxSkillPoints.ifPresent(p -> inRange(p, 0, MAX_SKILL, "max skill points"));
    }
  }

  /**
   * One expansion tier of a profession.
   *
   * @param id the tier's id
   * @param name its localized name, e.g. "Kul Tiran Alchemy"; empty when none
   * @param skillPoints the skill reached
   * @param maxSkillPoints the tier's maximum
   */
  public record Tier(long id, Optional<String> name, int skillPoints, int maxSkillPoints) {
    /**
     * @throws IllegalArgumentException when a value is out of range
     */
    public Tier {
      positive(id, "tier id");
      optionalText(name, "tier name");
      inRange(skillPoints, 0, MAX_SKILL, "skill points");
      inRange(maxSkillPoints, 0, MAX_SKILL, "max skill points");
    }
  }
}
