package dev.guildsync.core.detail;

import static dev.guildsync.core.detail.DetailChecks.atMost;
import static dev.guildsync.core.detail.DetailChecks.inRange;
import static dev.guildsync.core.detail.DetailChecks.optionalText;
import static dev.guildsync.core.detail.DetailChecks.positive;

import dev.guildsync.core.BnetCharacterId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A character's Mythic+ profile. Immutable.
 *
 * @param character the character the body names (D4); empty when it names none
 * @param rating {@code current_mythic_rating.rating}, finite and not negative; empty when the body
 *     has none (no rating is not a rating of 0)
 * @param color the rating's colour as {@code #rrggbb}; empty when none
 * @param periodId {@code current_period.period.id}: the week {@code bestRuns} belong to (D7)
 * @param bestRuns this period's best runs; empty when none this week
 * @param seasons the ids of the seasons the character played
 */
public record MythicPlus(
    Optional<BnetCharacterId> character,
    OptionalDouble rating,
    Optional<String> color,
    OptionalLong periodId,
    List<Run> bestRuns,
    List<Integer> seasons)
    implements DetailData {
  private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-f]{6}");

  /** The highest rating accepted; far above any the game has had. */
  public static final double MAX_RATING = 100_000;

  /**
   * @throws IllegalArgumentException when the rating is NaN, infinite, negative or too high, the
   *     colour is not {@code #rrggbb}, or a list is too long
   */
  public MythicPlus {
    Objects.requireNonNull(character, "character");
    Objects.requireNonNull(rating, "rating");
    if (rating.isPresent()) {
      double r = rating.getAsDouble();
      if (!Double.isFinite(r) || r < 0 || r > MAX_RATING) {
        throw new IllegalArgumentException("Mythic+ rating must be 0 to " + MAX_RATING + ": " + r);
      }
    }
    Objects.requireNonNull(color, "color");
    if (color.isPresent() && !HEX_COLOR.matcher(color.get()).matches()) {
      throw new IllegalArgumentException("rating colour must be #rrggbb: " + color.get());
    }
    Objects.requireNonNull(periodId, "periodId");
    bestRuns = atMost(bestRuns, 64, "best runs");
    seasons = atMost(seasons, 256, "seasons");
  }

  @Override
  public CharacterDetail detail() {
    return CharacterDetail.MYTHIC_PLUS;
  }

  /**
   * The colour of an rgba triple as {@code #rrggbb}, each channel 0 to 255 (Battle.net's {@code
   * color} object; its alpha is dropped).
   *
   * @throws IllegalArgumentException when a channel is out of range
   */
  public static String hexColor(int r, int g, int b) {
    inRange(r, 0, 255, "red");
    inRange(g, 0, 255, "green");
    inRange(b, 0, 255, "blue");
    return String.format("#%02x%02x%02x", r, g, b);
  }

  /**
   * One best run of the period.
   *
   * @param dungeonId the dungeon's id
   * @param dungeonName its localized name; empty when none
   * @param keystoneLevel the keystone level, 1 to 100
   * @param duration how long it took, positive
   * @param inTime whether it was completed within the time
   * @param completedAt when it was completed
   */
  public record Run(
      long dungeonId,
      Optional<String> dungeonName,
      int keystoneLevel,
      Duration duration,
      boolean inTime,
      Instant completedAt) {
    /**
     * @throws IllegalArgumentException when a value is out of range
     */
    public Run {
      positive(dungeonId, "dungeon id");
      optionalText(dungeonName, "dungeon name");
      inRange(keystoneLevel, 1, 100, "keystone level");
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("run duration must be positive: " + duration);
      }
      Objects.requireNonNull(completedAt, "completedAt");
    }
  }
}
