package dev.guildsync.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@code POST /token}: checks the method, HTTP Basic credentials and {@code grant_type}, then
 * issues a random bearer token that the API handler accepts until it expires or is revoked.
 */
final class TokenHandler implements HttpHandler {
  private final String expectedBasic;
  private final String clientId;
  private final Supplier<Duration> lifetime;
  private final RequestMeter meter;
  private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
  private final Set<String> everIssued = ConcurrentHashMap.newKeySet();
  private final SecureRandom random = new SecureRandom();

  TokenHandler(
      String clientId, String clientSecret, Supplier<Duration> lifetime, RequestMeter meter) {
    this.clientId = clientId;
    this.expectedBasic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    this.lifetime = lifetime;
    this.meter = meter;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      meter.tokens.increment();
      if (!exchange.getRequestMethod().equals("POST")) {
        Http.send(exchange, 400, Http.json("{\"error\":\"invalid_request\"}"));
        return;
      }
      String body = Http.readBody(exchange, 4096);
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (!expectedBasic.equals(auth)) {
        Http.send(
            exchange,
            401,
            Http.json(
                "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"}"));
        return;
      }
      if (!Set.of(body.split("&")).contains("grant_type=client_credentials")) {
        Http.send(exchange, 400, Http.json("{\"error\":\"unsupported_grant_type\"}"));
        return;
      }
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      String token = "SIM" + HexFormat.of().formatHex(bytes);
      Duration ttl = lifetime.get();
      tokens.put(token, Instant.now().plus(ttl));
      everIssued.add(token);
      Http.send(
          exchange,
          200,
          Http.json(
              "{\"access_token\":\""
                  + token
                  + "\",\"token_type\":\"bearer\",\"expires_in\":"
                  + ttl.toSeconds()
                  + ",\"sub\":\""
                  + clientId
                  + "\"}"));
    }
  }

  /** True when {@code token} was issued here, is not revoked and has not expired. */
  boolean isValid(String token) {
    Instant expiry = tokens.get(token);
    return expiry != null && Instant.now().isBefore(expiry);
  }

  void revokeAll() {
    tokens.clear();
  }

  Set<String> issued() {
    return Set.copyOf(everIssued);
  }
}
