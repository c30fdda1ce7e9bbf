package dev.guildsync.bench;

import dev.guildsync.example.UsageException;
import java.util.List;
import java.util.stream.IntStream;

/** Checks of the bench's size options, each over its default; a bad value is a usage error. */
final class BenchSizes {
  private BenchSizes() {}

  static int positive(Integer value, int fallback) {
    int n = value == null ? fallback : value;
    if (n < 1) {
      throw new UsageException("sizes must be positive: " + n);
    }
    return n;
  }

  static List<Integer> positive(List<Integer> values, List<Integer> fallback) {
    List<Integer> list = values == null || values.isEmpty() ? fallback : List.copyOf(values);
    list.forEach(n -> positive(n, 1));
    return list;
  }

  static List<Integer> notNegative(List<Integer> values, List<Integer> fallback) {
    List<Integer> list = values == null || values.isEmpty() ? fallback : List.copyOf(values);
    if (IntStream.range(0, list.size()).anyMatch(i -> list.get(i) < 0)) {
      throw new UsageException("latencies must not be negative: " + list);
    }
    return list;
  }
}
