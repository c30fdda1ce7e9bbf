package dev.guildsync.simulator;

import com.sun.net.httpserver.HttpExchange;
import dev.guildsync.core.Region;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * What Battle.net checks before any API endpoint answers, in its order: quota per wall-clock
 * second, bearer token, then method and namespace ({@code Battlenet-Namespace} header or {@code
 * namespace} query parameter, {@code profile-{region}}: this is how the simulator knows the region,
 * since one host serves all regions). Thread-safe.
 */
final class ApiGate {
  private final TokenHandler tokens;
  private final RequestMeter meter;
  private final Supplier<Duration> latency;
  private final Supplier<OptionalInt> quota;
  private final Supplier<Boolean> retryAfterOnQuota;

  ApiGate(
      TokenHandler tokens,
      RequestMeter meter,
      Supplier<Duration> latency,
      Supplier<OptionalInt> quota,
      Supplier<Boolean> retryAfterOnQuota) {
    this.tokens = tokens;
    this.meter = meter;
    this.latency = latency;
    this.quota = quota;
    this.retryAfterOnQuota = retryAfterOnQuota;
  }

  /**
   * Counts the request (in total and under {@code kind}), waits the latency, and checks it.
   *
   * @return the region when the request may be answered; empty when it was answered already (429,
   *     401 or 404)
   */
  Optional<Region> admit(HttpExchange exchange, LongAdder kind) throws IOException {
    long inThisSecond = meter.hit();
    Http.pause(latency.get());
    kind.increment();
    OptionalInt limit = quota.get();
    if (limit.isPresent() && inThisSecond > limit.getAsInt()) {
      meter.throttled.increment();
      Http.throttled(
          exchange,
          retryAfterOnQuota.get() ? Optional.of(Duration.ofSeconds(1)) : Optional.empty());
      return Optional.empty();
    }
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth == null || !auth.startsWith("Bearer ") || !tokens.isValid(auth.substring(7))) {
      meter.unauthorized.increment();
      Http.send(exchange, 401, Http.UNAUTHORIZED);
      return Optional.empty();
    }
    Optional<Region> region = region(exchange);
    if (region.isEmpty() || !exchange.getRequestMethod().equals("GET")) {
      Http.send(exchange, 404, Http.NOT_FOUND);
      return Optional.empty();
    }
    return region;
  }

  /** True when the request's {@code If-Modified-Since} is not before {@code lastModified}. */
  static boolean notModifiedSince(HttpExchange exchange, Instant lastModified) {
    String header = exchange.getRequestHeaders().getFirst("If-Modified-Since");
    if (header == null) {
      return false;
    }
    try {
      Instant since = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(header));
      return !lastModified.isAfter(since);
    } catch (DateTimeParseException e) {
      return false; // an unreadable date is ignored, as HTTP says
    }
  }

  private static Optional<Region> region(HttpExchange exchange) {
    String namespace = exchange.getRequestHeaders().getFirst("Battlenet-Namespace");
    if (namespace == null) {
      String query = exchange.getRequestURI().getRawQuery();
      if (query != null) {
        for (String pair : query.split("&")) {
          if (pair.startsWith("namespace=")) {
            namespace = pair.substring("namespace=".length());
          }
        }
      }
    }
    if (namespace == null || !namespace.startsWith("profile-")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Region.parse(namespace.substring("profile-".length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
