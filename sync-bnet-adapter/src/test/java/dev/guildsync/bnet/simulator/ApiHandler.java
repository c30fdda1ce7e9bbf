package dev.guildsync.bnet.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.guildsync.core.Region;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The profile summary and status endpoints, checked the way Battle.net checks them: quota per
 * wall-clock second, bearer token, namespace ({@code Battlenet-Namespace} header or {@code
 * namespace} query parameter, {@code profile-{region}}: this is how the simulator knows the region,
 * since one host serves all regions), then the character's faults, then the character itself.
 */
final class ApiHandler implements HttpHandler {
  private static final String PREFIX = "/profile/wow/character/";

  private final World world;
  private final TokenHandler tokens;
  private final RequestMeter meter;
  private final Supplier<Duration> latency;
  private final Supplier<OptionalInt> quota;
  private final Supplier<Boolean> retryAfterOnQuota;

  ApiHandler(
      World world,
      TokenHandler tokens,
      RequestMeter meter,
      Supplier<Duration> latency,
      Supplier<OptionalInt> quota,
      Supplier<Boolean> retryAfterOnQuota) {
    this.world = world;
    this.tokens = tokens;
    this.meter = meter;
    this.latency = latency;
    this.quota = quota;
    this.retryAfterOnQuota = retryAfterOnQuota;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      long inThisSecond = meter.hit();
      Http.pause(latency.get());
      URI uri = exchange.getRequestURI();
      String[] segments =
          uri.getRawPath().startsWith(PREFIX)
              ? uri.getRawPath().substring(PREFIX.length()).split("/", -1)
              : new String[0];
      boolean status = segments.length == 3 && segments[2].equals("status");
      (status ? meter.statuses : meter.profiles).increment();
      OptionalInt limit = quota.get();
      if (limit.isPresent() && inThisSecond > limit.getAsInt()) {
        meter.throttled.increment();
        Http.throttled(
            exchange,
            retryAfterOnQuota.get() ? Optional.of(Duration.ofSeconds(1)) : Optional.empty());
        return;
      }
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (auth == null || !auth.startsWith("Bearer ") || !tokens.isValid(auth.substring(7))) {
        meter.unauthorized.increment();
        Http.send(exchange, 401, Http.UNAUTHORIZED);
        return;
      }
      Optional<Region> region = region(exchange);
      if (region.isEmpty()
          || !exchange.getRequestMethod().equals("GET")
          || !(segments.length == 2 || status)) {
        Http.send(exchange, 404, Http.NOT_FOUND);
        return;
      }
      Optional<String> realm = Http.decodeSegment(segments[0]);
      Optional<String> name = Http.decodeSegment(segments[1]);
      if (realm.isEmpty() || name.isEmpty()) {
        Http.send(exchange, 404, Http.NOT_FOUND);
        return;
      }
      answer(exchange, World.Key.of(region.get(), realm.get(), name.get()), status);
    }
  }

  private void answer(HttpExchange exchange, World.Key key, boolean status) throws IOException {
    Http.pause(world.delay(key));
    Optional<World.Entry> entry = world.get(key);
    Optional<Fault> fault = world.nextFault(key);
    if (fault.isPresent()) {
      Fault f = fault.get();
      switch (f.kind) {
        case EMPTY_404 -> Http.send(exchange, 404, Http.EMPTY);
        case MALFORMED_JSON -> Http.send(exchange, 200, Http.json("{\"id\": 12, \"name\": <html>"));
        case DRIP -> {
          byte[] whole = entry.map(e -> status ? e.statusJson() : e.json()).orElse(Http.NOT_FOUND);
          Http.drip(exchange, whole, f.delay);
        }
        case TRUNCATED_JSON -> {
          byte[] whole = entry.map(e -> status ? e.statusJson() : e.json()).orElse(Http.NOT_FOUND);
          Http.send(exchange, 200, Arrays.copyOf(whole, whole.length / 2));
        }
        default -> {
          if (f.status == 404) {
            Http.send(exchange, 404, Http.NOT_FOUND);
          } else if (f.status == 403) {
            Http.send(exchange, 403, Http.FORBIDDEN);
          } else if (f.status == 429) {
            meter.throttled.increment();
            Http.throttled(exchange, f.retryAfter);
          } else {
            Http.status5xx(exchange, f.status);
          }
        }
      }
      return;
    }
    if (entry.isEmpty()) {
      Http.send(exchange, 404, Http.NOT_FOUND);
      return;
    }
    World.Entry e = entry.get();
    if (status) {
      Http.send(exchange, 200, e.statusJson());
      return;
    }
    String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
    if (since != null && notModifiedSince(e.lastModified(), since)) {
      meter.notModified.increment();
      Http.send(exchange, 304, Http.EMPTY, "Last-Modified", e.lastModifiedHeader());
      return;
    }
    Http.send(exchange, 200, e.json(), "Last-Modified", e.lastModifiedHeader());
  }

  private static boolean notModifiedSince(Instant lastModified, String header) {
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
