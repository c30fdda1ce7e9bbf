package dev.guildsync.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Small helpers shared by the simulator's handlers. */
final class Http {
  static final byte[] NOT_FOUND =
      json("{\"code\":404,\"type\":\"BLZWEBAPI00000404\",\"detail\":\"Not Found\"}");
  static final byte[] FORBIDDEN =
      json("{\"code\":403,\"type\":\"BLZWEBAPI00000403\",\"detail\":\"Forbidden\"}");
  static final byte[] UNAUTHORIZED =
      json("{\"code\":401,\"type\":\"BLZWEBAPI00000401\",\"detail\":\"Unauthorized\"}");
  static final byte[] TOO_MANY =
      json("{\"code\":429,\"type\":\"BLZWEBAPI00000429\",\"detail\":\"Too Many Requests\"}");
  static final byte[] EMPTY = new byte[0];

  private Http() {}

  static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Sends a whole answer; an empty body is sent with no body at all. */
  static void send(HttpExchange exchange, int status, byte[] body, String... headerPairs)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    for (int i = 0; i + 1 < headerPairs.length; i += 2) {
      headers.set(headerPairs[i], headerPairs[i + 1]);
    }
    if (body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    headers.set("Content-Type", "application/json;charset=UTF-8");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  /**
   * Sends 200 with the body's full length announced, then the body one byte per {@code interval};
   * stops when the client goes away or the server stops.
   */
  static void drip(HttpExchange exchange, byte[] body, Duration interval) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    exchange.sendResponseHeaders(200, body.length);
    for (int i = 0; i < body.length && !Thread.currentThread().isInterrupted(); i++) {
      exchange.getResponseBody().write(body[i]);
      exchange.getResponseBody().flush();
      pause(interval);
    }
  }

  static void status5xx(HttpExchange exchange, int status) throws IOException {
    send(exchange, status, json("{\"code\":" + status + ",\"detail\":\"Server Error\"}"));
  }

  static void throttled(HttpExchange exchange, Optional<Duration> retryAfter) throws IOException {
    if (retryAfter.isPresent()) {
      send(exchange, 429, TOO_MANY, "Retry-After", Long.toString(retryAfter.get().toSeconds()));
    } else {
      send(exchange, 429, TOO_MANY);
    }
  }

  static String readBody(HttpExchange exchange, int limit) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[1024];
      int n;
      while ((n = in.read(chunk)) > 0 && out.size() < limit) {
        out.write(chunk, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  /** Sleeps; an interrupt (the server stopping) ends the wait early and is kept. */
  static void pause(Duration duration) {
    if (duration.isZero() || duration.isNegative()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Decodes a percent-encoded path segment as UTF-8 ({@code +} stays a plus); empty if invalid. */
  static Optional<String> decodeSegment(String raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        out.write(c);
      } else {
        return Optional.empty(); // raw non-ASCII never arrives from a correct client
      }
    }
    return Optional.of(out.toString(StandardCharsets.UTF_8));
  }
}
