package dev.guildsync.core;

/**
 * A guild's id at Battle.net, unique only within a region. Never a local key.
 *
 * @param value a positive number
 */
public record BnetGuildId(long value) {
  /**
   * @throws IllegalArgumentException when {@code value} is not positive
   */
  public BnetGuildId {
    if (value <= 0) {
      throw new IllegalArgumentException("BnetGuildId must be positive: " + value);
    }
  }

  /** Shorthand for {@code new BnetGuildId(value)}. */
  public static BnetGuildId of(long value) {
    return new BnetGuildId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
