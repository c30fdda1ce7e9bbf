package dev.guildsync.core;

/**
 * The primary key of a guild in the local database ({@code guilds.id}).
 *
 * @param value a positive number
 */
public record GuildKey(long value) {
  /**
   * @throws IllegalArgumentException when {@code value} is not positive
   */
  public GuildKey {
    if (value <= 0) {
      throw new IllegalArgumentException("GuildKey must be positive: " + value);
    }
  }

  /** Shorthand for {@code new GuildKey(value)}. */
  public static GuildKey of(long value) {
    return new GuildKey(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
