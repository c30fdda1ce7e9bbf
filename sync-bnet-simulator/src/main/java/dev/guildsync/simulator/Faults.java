package dev.guildsync.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link Fault}s armed per resource (a character, a guild) and how a fault answers.
 * Thread-safe.
 *
 * @param <K> what a resource is keyed by
 */
final class Faults<K> {
  private record Armed(Fault fault, AtomicInteger remaining) {}

  private final Map<K, List<Armed>> armed = new ConcurrentHashMap<>();

  /** Replaces the resource's faults; none clears them. */
  void set(K key, Fault... list) {
    if (list.length == 0) {
      armed.remove(key);
      return;
    }
    armed.put(key, Arrays.stream(list).map(f -> new Armed(f, new AtomicInteger(f.times))).toList());
  }

  void clear() {
    armed.clear();
  }

  /** The total delay faults add for this resource. */
  Duration delay(K key) {
    Duration total = Duration.ZERO;
    for (Armed a : armed.getOrDefault(key, List.of())) {
      if (a.fault().kind == Fault.Kind.DELAY) {
        total = total.plus(a.fault().delay);
      }
    }
    return total;
  }

  /** The first answer-changing fault that still fires, consuming one of its shots. */
  Optional<Fault> next(K key) {
    for (Armed a : armed.getOrDefault(key, List.of())) {
      if (a.fault().kind == Fault.Kind.DELAY) {
        continue;
      }
      if (a.fault().times == Fault.FOREVER) {
        return Optional.of(a.fault());
      }
      if (a.remaining().getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
        return Optional.of(a.fault());
      }
    }
    return Optional.empty();
  }

  /**
   * Answers as {@code fault} says.
   *
   * @param whole the body the resource would have had (for drip and truncation)
   */
  static void answer(HttpExchange exchange, Fault fault, byte[] whole, RequestMeter meter)
      throws IOException {
    switch (fault.kind) {
      case EMPTY_404 -> Http.send(exchange, 404, Http.EMPTY);
      case MALFORMED_JSON -> Http.send(exchange, 200, Http.json("{\"id\": 12, \"name\": <html>"));
      case DRIP -> Http.drip(exchange, whole, fault.delay);
      case TRUNCATED_JSON -> Http.send(exchange, 200, Arrays.copyOf(whole, whole.length / 2));
      default -> {
        if (fault.status == 404) {
          Http.send(exchange, 404, Http.NOT_FOUND);
        } else if (fault.status == 403) {
          Http.send(exchange, 403, Http.FORBIDDEN);
        } else if (fault.status == 429) {
          meter.throttled.increment();
          Http.throttled(exchange, fault.retryAfter);
        } else {
          Http.status5xx(exchange, fault.status);
        }
      }
    }
  }
}
