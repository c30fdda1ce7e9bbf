package dev.guildsync.core;

/**
 * The primary key of a character in the local database ({@code characters.id}).
 *
 * @param value a positive number
 */
public record CharacterKey(long value) {
  /**
   * @throws IllegalArgumentException when {@code value} is not positive
   */
  public CharacterKey {
    if (value <= 0) {
      throw new IllegalArgumentException("CharacterKey must be positive: " + value);
    }
  }

  /** Shorthand for {@code new CharacterKey(value)}. */
  public static CharacterKey of(long value) {
    return new CharacterKey(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
