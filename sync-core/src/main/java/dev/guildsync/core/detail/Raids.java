package dev.guildsync.core.detail;

import static dev.guildsync.core.detail.DetailChecks.atMost;
import static dev.guildsync.core.detail.DetailChecks.inRange;
import static dev.guildsync.core.detail.DetailChecks.optionalText;
import static dev.guildsync.core.detail.DetailChecks.positive;
import static dev.guildsync.core.detail.DetailChecks.text;

import dev.guildsync.core.BnetCharacterId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A character's raid progress in the latest expansion only (older ones are most of the body and
 * nobody's screen). Immutable.
 *
 * @param character the character the body names (D4); empty when it names none
 * @param expansion the expansion's localized name; empty when none or unknown
 * @param instances its raids, each with a progress per difficulty
 */
public record Raids(
    Optional<BnetCharacterId> character, Optional<String> expansion, List<Instance> instances)
    implements DetailData {
  /** Battle.net's difficulty types. */
  public static final Set<String> DIFFICULTIES = Set.of("LFR", "NORMAL", "HEROIC", "MYTHIC");

  /**
   * @throws IllegalArgumentException when a list is longer than an expansion has
   */
  public Raids {
    Objects.requireNonNull(character, "character");
    optionalText(expansion, "expansion");
    instances = atMost(instances, 64, "raid instances");
  }

  @Override
  public CharacterDetail detail() {
    return CharacterDetail.RAIDS;
  }

  /**
   * One raid.
   *
   * @param id the instance's id
   * @param name its localized name; empty when none
   * @param modes its progress per difficulty, one per difficulty at most
   */
  public record Instance(long id, Optional<String> name, List<Mode> modes) {
    /**
     * @throws IllegalArgumentException when a value is out of range or a difficulty repeats
     */
    public Instance {
      positive(id, "instance id");
      optionalText(name, "instance name");
      modes = atMost(modes, DIFFICULTIES.size(), "raid difficulties");
      if (modes.stream().map(Mode::difficulty).distinct().count() != modes.size()) {
        throw new IllegalArgumentException("instance " + id + " repeats a difficulty");
      }
    }
  }

  /**
   * The progress in one difficulty.
   *
   * @param difficulty {@code LFR}, {@code NORMAL}, {@code HEROIC} or {@code MYTHIC}
   * @param completed bosses killed, at most {@code total}
   * @param total bosses in the raid
   * @param encounters each boss killed, with its kill count and last kill
   */
  public record Mode(String difficulty, int completed, int total, List<Encounter> encounters) {
    /**
     * @throws IllegalArgumentException when a value is out of range
     */
    public Mode {
      text(difficulty, "difficulty");
      if (!DIFFICULTIES.contains(difficulty)) {
        throw new IllegalArgumentException("unknown raid difficulty: " + difficulty);
      }
      inRange(total, 0, 100, "boss count");
      inRange(completed, 0, total, "bosses killed");
      encounters = atMost(encounters, 100, "encounters");
    }

    /** The latest kill of any boss in this difficulty; empty when none is known. */
    public Optional<Instant> lastKillAt() {
      return encounters.stream()
          .flatMap(e -> e.lastKillAt().stream())
          .max(Comparator.naturalOrder());
    }
  }

  /**
   * One boss.
   *
   * @param id the encounter's id
   * @param name its localized name; empty when none
   * @param killCount how many times the character killed it
   * @param lastKillAt its last kill; empty when unknown
   */
  public record Encounter(
      long id, Optional<String> name, int killCount, Optional<Instant> lastKillAt) {
    /**
     * @throws IllegalArgumentException when a value is out of range
     */
    public Encounter {
      positive(id, "encounter id");
      optionalText(name, "encounter name");
      inRange(killCount, 0, 1_000_000, "kill count");
      Objects.requireNonNull(lastKillAt, "lastKillAt");
    }
  }
}
