package dev.guildsync.bnet;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What one {@link BattleNetClient} owns and releases when it closes: its HTTP client, the scheduler
 * of response deadlines, the request counters, the JSON mapper, and the one GET path assembled over
 * them. Every fetch reaches the API through {@link #api()}, which refuses once closed. Thread-safe.
 */
final class ClientResources implements AutoCloseable {
  private final HttpClient backend;
  private final ScheduledExecutorService timeouts;
  private final RequestCounters counters = new RequestCounters();
  private final ObjectMapper json = ProfileJson.newMapper();
  private final ApiGet api;
  private final AtomicBoolean closed = new AtomicBoolean();

  ClientResources(ClientSettings settings) {
    this.backend = settings.newHttpClient();
    this.timeouts = ResponseDeadline.newScheduler();
    this.api =
        new ApiGet(
            ApiPipeline.assemble(settings, backend, timeouts, counters, json),
            settings.apiBaseUrls(),
            settings.locales(),
            settings.requestTimeout());
  }

  /**
   * The GET path.
   *
   * @throws IllegalStateException when the client is closed
   */
  ApiGet api() {
    if (closed.get()) {
      throw new IllegalStateException("BattleNetClient is closed");
    }
    return api;
  }

  /** The one mapper for Battle.net's JSON, shared by the token requests and every endpoint. */
  ObjectMapper json() {
    return json;
  }

  RequestCounters counters() {
    return counters;
  }

  /** Closes the HTTP client where the JDK can (Java 21 and later) and the scheduler. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (backend instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        System.getLogger(BattleNetClient.class.getName())
            .log(System.Logger.Level.DEBUG, "closing the HTTP client failed: {0}", e.getClass());
      }
    }
    timeouts.shutdownNow();
  }
}
