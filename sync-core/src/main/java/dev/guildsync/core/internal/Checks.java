package dev.guildsync.core.internal;

import java.time.Duration;
import java.util.Objects;

/** The argument checks of settings records and builders. Internal; stateless and thread-safe. */
public final class Checks {
  private Checks() {}

  /**
   * @throws IllegalArgumentException naming {@code what} when {@code value} is outside [min, max]
   */
  public static void requireRange(int value, int min, int max, String what) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          what + " must be between " + min + " and " + max + ": " + value);
    }
  }

  /**
   * @throws NullPointerException naming {@code what} when {@code value} is null
   * @throws IllegalArgumentException naming {@code what} when {@code value} is negative
   */
  public static void requireNotNegative(Duration value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
  }

  /**
   * @throws NullPointerException naming {@code what} when {@code value} is null
   * @throws IllegalArgumentException naming {@code what} when {@code value} is not positive
   */
  public static void requirePositive(Duration value, String what) {
    requireNotNegative(value, what);
    if (value.isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + value);
    }
  }
}
