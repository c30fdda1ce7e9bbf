package dev.guildsync.bnet;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A loopback server that records exactly what arrived (method, raw path, raw query, headers) and
 * answers the token endpoint with a fixed token and everything else with a chosen answer.
 */
final class RecordingServer implements AutoCloseable {
  static final String TOKEN = "TOKEN-abc123-do-not-leak";

  record Received(
      String method, String rawPath, String rawQuery, Map<String, List<String>> headers) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  record Answer(int status, String body, Map<String, String> headers) {
    static Answer of(int status, String body) {
      return new Answer(status, body, Map.of());
    }
  }

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Received> api = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Received> token = new ConcurrentLinkedQueue<>();
  private volatile Function<Received, Answer> answers;

  RecordingServer(Function<Received, Answer> answers) {
    this.answers = answers;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      var uri = exchange.getRequestURI();
      var received =
          new Received(
              exchange.getRequestMethod(),
              uri.getRawPath(),
              uri.getRawQuery(),
              Map.copyOf(exchange.getRequestHeaders()));
      Answer answer;
      if (uri.getRawPath().equals("/token")) {
        token.add(received);
        answer =
            Answer.of(
                200,
                "{\"access_token\":\""
                    + TOKEN
                    + "\",\"token_type\":\"bearer\",\"expires_in\":86399}");
      } else {
        api.add(received);
        answer = answers.apply(received);
      }
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        exchange.getResponseBody().write(body);
      }
    }
  }

  void answer(Function<Received, Answer> answers) {
    this.answers = answers;
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  List<Received> apiRequests() {
    return List.copyOf(api);
  }

  List<Received> tokenRequests() {
    return List.copyOf(token);
  }

  BattleNetClient.Builder client() {
    return BattleNetClient.newBuilder()
        .clientId("rec-client")
        .clientSecret("rec-secret-XYZ")
        .apiBaseUrl(baseUrl())
        .tokenUrl(URI.create(baseUrl() + "/token"))
        .retryBaseDelay(java.time.Duration.ofMillis(10));
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
