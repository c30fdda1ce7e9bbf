package dev.guildsync.core.detail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The projections' shared validation: sizes, ranges and text. */
final class DetailChecks {
  private DetailChecks() {}

  /** A copy of {@code list}, checked to hold at most {@code max} non-null elements. */
  static <T> List<T> atMost(List<T> list, int max, String what) {
    Objects.requireNonNull(list, what);
    if (list.size() > max) {
      throw new IllegalArgumentException(
          what + ": " + list.size() + " is more than the " + max + " a character can have");
    }
    return List.copyOf(list);
  }

  static int inRange(int value, int min, int max, String what) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          what + " must be between " + min + " and " + max + ": " + value);
    }
    return value;
  }

  static long positive(long value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be positive: " + value);
    }
    return value;
  }

  static String text(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank() || value.length() > 200) {
      throw new IllegalArgumentException(what + " must be 1 to 200 characters: '" + value + "'");
    }
    return value;
  }

  static Optional<String> optionalText(Optional<String> value, String what) {
    Objects.requireNonNull(value, what);
    value.ifPresent(v -> text(v, what));
    return value;
  }
}
