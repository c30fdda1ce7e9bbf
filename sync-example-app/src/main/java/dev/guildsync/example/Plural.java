package dev.guildsync.example;

import java.util.Locale;

/** Counts for people: "1 batch", "2 batches", "1,024 characters". */
final class Plural {
  private Plural() {}

  /** {@code n} and the noun that fits it, with a thousands separator. */
  static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }
}
