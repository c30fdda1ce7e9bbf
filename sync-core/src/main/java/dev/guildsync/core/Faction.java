package dev.guildsync.core;

import java.util.Locale;

/** A character's faction, as Battle.net's {@code faction.type}. */
public enum Faction {
  ALLIANCE,
  HORDE,
  NEUTRAL;

  /**
   * Parses Battle.net's faction type, ignoring case.
   *
   * @throws IllegalArgumentException naming the value when it is not a known faction
   */
  public static Faction parse(String type) {
    try {
      return valueOf(type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown faction " + Names.quote(type), e);
    }
  }
}
