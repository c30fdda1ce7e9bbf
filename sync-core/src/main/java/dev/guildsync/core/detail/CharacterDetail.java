package dev.guildsync.core.detail;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A character detail a service can choose to sync (D1): each costs one request when it is due.
 *
 * <p>Each has a wire name (the store's {@code character_details.detail} value and the command
 * line's word) and the version of its projection: raising a version makes the detail due for every
 * character at its next profile check (D2), so a projection that changes shape is refilled without
 * a migration.
 */
public enum CharacterDetail {
  /** Gear by slot: item, level, quality, bonuses, permanent enchants, gems, upgrade track. */
  EQUIPMENT("equipment", 1, true),
  /** Mythic+ rating and its colour, this week's best runs with their period, the seasons. */
  MYTHIC_PLUS("mythic-plus", 1, false),
  /** Primary and secondary professions with their skill per tier. */
  PROFESSIONS("professions", 1, false),
  /** The latest expansion's raid progress per instance and difficulty. */
  RAIDS("raids", 1, true),
  /** The toy ids and the original system's toy hash. */
  TOYS("toys", 1, false);

  private final String wireName;
  private final int version;
  private final boolean keptWhenAbsent;

  CharacterDetail(String wireName, int version, boolean keptWhenAbsent) {
    this.wireName = wireName;
    this.version = version;
    this.keptWhenAbsent = keptWhenAbsent;
  }

  /** The name stored in {@code character_details.detail} and used on the command line. */
  public String wireName() {
    return wireName;
  }

  /** The version of this detail's projection; stored with each fetch. */
  public int version() {
    return version;
  }

  /**
   * Whether a 404 keeps what is stored (equipment, raids: "character not served"), or means there
   * is nothing (Mythic+: no rating; professions: none known; toys: private, so the hash is
   * unknown).
   */
  public boolean keptWhenAbsent() {
    return keptWhenAbsent;
  }

  /**
   * The detail with this wire name, case-insensitively.
   *
   * @throws IllegalArgumentException naming the known details when there is none
   */
  public static CharacterDetail parse(String wireName) {
    Objects.requireNonNull(wireName, "wireName");
    String wanted = wireName.trim().toLowerCase(Locale.ROOT);
    for (CharacterDetail detail : values()) {
      if (detail.wireName.equals(wanted)) {
        return detail;
      }
    }
    throw new IllegalArgumentException(
        "unknown detail '"
            + wireName
            + "': expected one of "
            + wireNames(EnumSet.allOf(CharacterDetail.class)));
  }

  /** The wire names of {@code details}, comma-separated, in declaration order. */
  public static String wireNames(Set<CharacterDetail> details) {
    StringJoiner names = new StringJoiner(",");
    for (CharacterDetail detail : values()) {
      if (details.contains(detail)) {
        names.add(detail.wireName);
      }
    }
    return names.toString();
  }
}
