package dev.guildsync.core;

/**
 * A character's id at Battle.net, unique only within a region.
 *
 * @param value a positive number
 */
public record BnetCharacterId(long value) {
  /**
   * @throws IllegalArgumentException when {@code value} is not positive
   */
  public BnetCharacterId {
    if (value <= 0) {
      throw new IllegalArgumentException("BnetCharacterId must be positive: " + value);
    }
  }

  /** Shorthand for {@code new BnetCharacterId(value)}. */
  public static BnetCharacterId of(long value) {
    return new BnetCharacterId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
