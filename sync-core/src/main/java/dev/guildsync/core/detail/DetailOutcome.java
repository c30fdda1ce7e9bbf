package dev.guildsync.core.detail;

import java.util.Locale;

/** What a detail's last fetch left stored: {@code character_details.outcome}. */
public enum DetailOutcome {
  /** Battle.net answered with the detail (or 304 for the one stored). */
  FOUND,
  /** Battle.net does not serve it (404): see {@link CharacterDetail#keptWhenAbsent()}. */
  ABSENT,
  /** The fetch failed or its body was bad: what was stored before is kept; it stays due. */
  FAILED;

  /** The stored value: {@code found}, {@code absent} or {@code failed}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The outcome with this stored value.
   *
   * @throws IllegalArgumentException when there is none
   */
  public static DetailOutcome parse(String wireName) {
    return valueOf(wireName.toUpperCase(Locale.ROOT));
  }
}
