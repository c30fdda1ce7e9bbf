package dev.guildsync.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-request latencies of one run, kept whole (a sorted array at the end; no histogram library).
 * Thread-safe for {@link #record}; room for a fixed number of samples, the rest are counted only.
 */
final class LatencyRecorder {
  private final long[] nanos;
  private final AtomicInteger next = new AtomicInteger();

  LatencyRecorder(int capacity) {
    this.nanos = new long[capacity];
  }

  void record(long elapsedNanos) {
    int slot = next.getAndIncrement();
    if (slot < nanos.length) {
      nanos[slot] = elapsedNanos;
    }
  }

  int count() {
    return Math.min(next.get(), nanos.length);
  }

  /** The {@code q} quantile (0..1) in milliseconds; call once recording has stopped. */
  double quantileMillis(double q) {
    int n = count();
    if (n == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, n);
    Arrays.sort(sorted);
    int index = (int) Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1));
    return sorted[index] / 1e6;
  }
}
