package dev.guildsync.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A misbehaviour the {@link BattleNetSimulator} shows for one character, on its profile and status
 * endpoints. Faults with a count fire that many times, then the character is served normally;
 * faults without one fire on every request until cleared. Immutable and thread-safe.
 */
public final class Fault {
  enum Kind {
    STATUS,
    EMPTY_404,
    MALFORMED_JSON,
    TRUNCATED_JSON,
    DELAY,
    DRIP
  }

  static final int FOREVER = -1;

  final Kind kind;
  final int status;
  final int times;
  final Optional<Duration> retryAfter;
  final Duration delay;

  private Fault(Kind kind, int status, int times, Optional<Duration> retryAfter, Duration delay) {
    this.kind = kind;
    this.status = status;
    this.times = times;
    this.retryAfter = retryAfter;
    this.delay = delay;
  }

  /** Every request answers 404 with Blizzard's JSON body {@code {"code":404,...}}. */
  public static Fault notFound() {
    return new Fault(Kind.STATUS, 404, FOREVER, Optional.empty(), Duration.ZERO);
  }

  /** Every request answers 404 with an empty body. */
  public static Fault notFoundEmptyBody() {
    return new Fault(Kind.EMPTY_404, 404, FOREVER, Optional.empty(), Duration.ZERO);
  }

  /** Every request answers 403. */
  public static Fault forbidden() {
    return new Fault(Kind.STATUS, 403, FOREVER, Optional.empty(), Duration.ZERO);
  }

  /**
   * The next {@code times} requests answer {@code status} (500 to 599), then the character is
   * served normally.
   *
   * @throws IllegalArgumentException when times is not positive or status is not a 5xx
   */
  public static Fault serverErrors(int times, int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("status must be a 5xx: " + status);
    }
    return new Fault(Kind.STATUS, status, requirePositive(times), Optional.empty(), Duration.ZERO);
  }

  /**
   * The next {@code times} requests answer 429, with {@code Retry-After} in whole seconds when
   * given.
   */
  public static Fault throttled(int times, Optional<Duration> retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    return new Fault(Kind.STATUS, 429, requirePositive(times), retryAfter, Duration.ZERO);
  }

  /** Every answer for this character is held back by {@code delay} first. */
  public static Fault delay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    return new Fault(Kind.DELAY, 200, FOREVER, Optional.empty(), delay);
  }

  /**
   * Every request answers 200 with the character's JSON, sent one byte per {@code interval} after
   * the headers (which announce the whole length): a server that is alive but far too slow.
   *
   * @throws IllegalArgumentException when the interval is not positive
   */
  public static Fault drip(Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    return new Fault(Kind.DRIP, 200, FOREVER, Optional.empty(), interval);
  }

  /** Every request answers 200 with a body that is not JSON. */
  public static Fault malformedJson() {
    return new Fault(Kind.MALFORMED_JSON, 200, FOREVER, Optional.empty(), Duration.ZERO);
  }

  /** Every request answers 200 with the character's JSON cut off half way. */
  public static Fault truncatedJson() {
    return new Fault(Kind.TRUNCATED_JSON, 200, FOREVER, Optional.empty(), Duration.ZERO);
  }

  private static int requirePositive(int times) {
    if (times <= 0) {
      throw new IllegalArgumentException("times must be positive: " + times);
    }
    return times;
  }

  @Override
  public String toString() {
    return "Fault[" + kind + " " + status + (times == FOREVER ? "" : " x" + times) + "]";
  }
}
