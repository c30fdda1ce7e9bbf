package dev.guildsync.testing.character;

import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a store holds of one character's details, as the details contract reads it back: a row per
 * detail ({@code character_details}), the derived columns on the character and its raid progress
 * rows.
 *
 * @param rows one per detail ever fetched
 * @param mythicRating {@code mythic_rating}; empty when NULL
 * @param mythicRatingColor {@code mythic_rating_color}; empty when NULL
 * @param toyHash {@code toy_hash}; empty when NULL
 * @param raids the {@code character_raid_progress} rows, by instance id then difficulty
 */
public record StoredDetails(
    Map<CharacterDetail, Row> rows,
    Optional<Double> mythicRating,
    Optional<String> mythicRatingColor,
    Optional<String> toyHash,
    List<RaidProgress> raids) {
  /** Copies the collections. */
  public StoredDetails {
    rows = Map.copyOf(rows);
    Objects.requireNonNull(mythicRating, "mythicRating");
    Objects.requireNonNull(mythicRatingColor, "mythicRatingColor");
    Objects.requireNonNull(toyHash, "toyHash");
    raids = List.copyOf(raids);
  }

  /** Nothing stored: no row, every column NULL. */
  public static StoredDetails none() {
    return new StoredDetails(
        Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * One {@code character_details} row.
   *
   * @param state what a claim hands out of it
   * @param fetchedAt {@code fetched_at}
   * @param hasData whether {@code data} is not NULL
   * @param reason the failure reason of a failed fetch; empty otherwise
   */
  public record Row(
      DetailState state, Instant fetchedAt, boolean hasData, Optional<String> reason) {
    /** Checks that no component is null. */
    public Row {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(fetchedAt, "fetchedAt");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * One {@code character_raid_progress} row.
   *
   * @param instanceId the raid's id
   * @param instanceName its name; empty when NULL
   * @param difficulty {@code LFR}, {@code NORMAL}, {@code HEROIC} or {@code MYTHIC}
   * @param completed bosses killed
   * @param total bosses in the raid
   * @param lastKillAt the latest kill; empty when NULL
   */
  public record RaidProgress(
      long instanceId,
      Optional<String> instanceName,
      String difficulty,
      int completed,
      int total,
      Optional<Instant> lastKillAt) {}
}
