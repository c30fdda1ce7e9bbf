package dev.guildsync.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The argument checks of every sync's settings and records, in one place. Each returns its value
 * and throws {@link IllegalArgumentException} naming the value, or {@link NullPointerException}
 * naming a missing one. Internal; stateless and thread-safe.
 */
public final class Checks {
  /**
   * The most characters a profile's text may hold: real names and labels are a few dozen in every
   * locale, so anything longer is a fault, and one that must never reach a column or a log line.
   */
  public static final int MAX_TEXT = 256;

  /** The earliest instant a profile may carry: Battle.net's timestamps are epoch milliseconds. */
  public static final Instant EARLIEST = Instant.EPOCH;

  /** The latest instant a profile may carry; SQL databases store years up to 9999 at least. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

  /** The most characters of a failure reason that are kept. */
  public static final int MAX_REASON = 1_000;

  private Checks() {}

  /** {@code value} when it is within [min, max]. */
  public static int requireRange(int value, int min, int max, String what) {
    return (int) requireRange((long) value, min, max, what);
  }

  /** {@code value} when it is within [min, max]. */
  public static long requireRange(long value, long min, long max, String what) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          what + " must be between " + min + " and " + max + ": " + value);
    }
    return value;
  }

  /** {@code value} when it is zero or more. */
  public static long requireNotNegative(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
    return value;
  }

  /** {@code value} when it is zero or longer. */
  public static Duration requireNotNegative(Duration value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
    return value;
  }

  /** {@code value} when it is longer than zero. */
  public static Duration requirePositive(Duration value, String what) {
    requireNotNegative(value, what);
    if (value.isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + value);
    }
    return value;
  }

  /**
   * Text any store can keep: no NUL character (PostgreSQL's text types cannot hold one) and at most
   * {@link #MAX_TEXT} characters. The message never repeats the value.
   */
  public static String requireStorableText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.indexOf('\u0000') >= 0) {
      throw new IllegalArgumentException(
          what + " contains a NUL character (\\u0000) at index " + value.indexOf('\u0000'));
    }
    int length = value.codePointCount(0, value.length());
    if (length > MAX_TEXT) {
      throw new IllegalArgumentException(
          what + " is " + length + " characters long, more than " + MAX_TEXT);
    }
    return value;
  }

  /** An instant between {@link #EARLIEST} and {@link #LATEST}, the range every store can keep. */
  public static Instant requireStorableInstant(Instant value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
      throw new IllegalArgumentException(
          what + " must be between " + EARLIEST + " and " + LATEST + ": " + value);
    }
    return value;
  }

  /**
   * A failure reason that any store can keep and that stays one line: control characters escaped as
   * {@code \\uXXXX}, cut after {@link #MAX_REASON} characters.
   */
  public static String storableReason(String reason) {
    StringBuilder out = new StringBuilder(reason.length());
    for (int i = 0; i < reason.length(); i++) {
      char c = reason.charAt(i);
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.length() > MAX_REASON ? out.substring(0, MAX_REASON) + "..." : out.toString();
  }
}
