package dev.guildsync.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A Battle.net region. Battle.net ids (guilds, characters) are unique only within a region, so
 * every external id in guildsync travels with its region.
 */
public enum Region {
  US,
  EU,
  KR,
  TW,
  CN;

  private static final String EXPECTED =
      Arrays.stream(values()).map(Region::code).collect(Collectors.joining(", "));

  /**
   * The lower-case code used in hosts, namespaces and the {@code region} column, e.g. {@code eu}.
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a region code, ignoring case and surrounding white space.
   *
   * @throws IllegalArgumentException naming the bad value when it is not one of us, eu, kr, tw, cn
   * @throws NullPointerException when {@code code} is null
   */
  public static Region parse(String code) {
    String trimmed = code.strip().toLowerCase(Locale.ROOT);
    for (Region region : values()) {
      if (region.code().equals(trimmed)) {
        return region;
      }
    }
    throw new IllegalArgumentException(
        "unknown region " + Names.quote(code) + ": expected one of " + EXPECTED);
  }

  @Override
  public String toString() {
    return code();
  }
}
