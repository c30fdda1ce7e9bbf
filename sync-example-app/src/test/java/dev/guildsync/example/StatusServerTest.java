package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /health} and {@code /metrics} over real loopback HTTP. */
class StatusServerTest {
  private final Health health = new Health();
  private final AtomicInteger scrapes = new AtomicInteger();
  private final HttpClient http = HttpClient.newHttpClient();
  private StatusServer server;

  @BeforeEach
  void start() {
    server =
        StatusServer.start(
            0, health, () -> "guildsync_runs_total " + scrapes.incrementAndGet() + ".0\n");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void healthIs200UntilARunFailsThen503WithTheReasonThen200Again() throws Exception {
    assertThat(get("/health").statusCode()).isEqualTo(200);
    assertThat(get("/health").body()).startsWith("starting");

    health.completed(Instant.parse("2026-11-25T10:00:00Z"));
    assertThat(get("/health").statusCode()).isEqualTo(200);
    assertThat(get("/health").body()).isEqualTo("ok: last run completed at 2026-11-25T10:00:00Z\n");

    health.failed(Instant.parse("2026-11-25T10:05:00Z"), "database unreachable at jdbc:x");
    HttpResponse<String> failing = get("/health");
    assertThat(failing.statusCode()).isEqualTo(503);
    assertThat(failing.body()).contains("database unreachable at jdbc:x");

    health.completed(Instant.parse("2026-11-25T10:10:00Z"));
    assertThat(get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  void metricsAreScrapedFreshInThePrometheusTextFormat() throws Exception {
    HttpResponse<String> first = get("/metrics");
    HttpResponse<String> second = get("/metrics");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type")).hasValue(StatusServer.PROMETHEUS_TEXT);
    assertThat(first.body()).isEqualTo("guildsync_runs_total 1.0\n");
    assertThat(second.body()).isEqualTo("guildsync_runs_total 2.0\n");
  }

  @Test
  void otherPathsAre404AndOtherMethods405() throws Exception {
    assertThat(get("/").statusCode()).isEqualTo(404);
    assertThat(get("/healthz").statusCode()).isEqualTo(404);
    assertThat(get("/metrics/x").statusCode()).isEqualTo(404);
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(uri("/health"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
