package dev.guildsync.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trouble of Battle.net as a whole, on top of the per-character {@link Fault}s: the API silent
 * (connections accepted, requests read, never answered), the API answering one status to everything
 * (503 during maintenance, 429 in a throttling storm), the token endpoint failing. Each lasts until
 * {@link #end()}. Requests it answers or holds count in {@link BattleNetSimulator#stats()}.
 * Thread-safe.
 */
public final class SimulatedOutage {
  private static final int NONE = 0;
  private static final int SILENT = -1;

  private final RequestMeter meter;
  private final Set<HttpExchange> held = ConcurrentHashMap.newKeySet();
  private volatile int api = NONE;
  private volatile int token = NONE;

  SimulatedOutage(RequestMeter meter) {
    this.meter = meter;
  }

  /**
   * From now on every API request (profile, status, roster) is read and never answered, as a host
   * that hangs; the token endpoint keeps working. No worker thread is held for it.
   */
  public void silence() {
    api = SILENT;
  }

  /**
   * From now on every API request is answered {@code status} at once, with Battle.net's JSON error
   * body (and no {@code Retry-After} for a 429).
   *
   * @throws IllegalArgumentException when {@code status} is neither 429 nor a 5xx
   */
  public void answerEveryRequest(int status) {
    api = requireFailure(status);
  }

  /**
   * From now on the token endpoint answers {@code status} (429 or a 5xx) to every request; issued
   * tokens stay valid. Combine with {@link BattleNetSimulator#revokeTokens()} for a client that
   * must fetch a new token.
   *
   * @throws IllegalArgumentException when {@code status} is neither 429 nor a 5xx
   */
  public void failTokenEndpoint(int status) {
    token = requireFailure(status);
  }

  /** Everything answers normally again; requests held by a silence are closed unanswered. */
  public void end() {
    api = NONE;
    token = NONE;
    for (HttpExchange exchange : held) {
      held.remove(exchange);
      exchange.close();
    }
  }

  /** Whether some outage is on. */
  public boolean active() {
    return api != NONE || token != NONE;
  }

  /** The API's handler with this outage in front of it. */
  HttpHandler api(HttpHandler handler) {
    return exchange -> {
      int now = api;
      if (now == NONE) {
        handler.handle(exchange);
        return;
      }
      meter.hit();
      if (now == SILENT) {
        exchange.getRequestBody().readAllBytes();
        held.add(exchange);
        if (api != SILENT && held.remove(exchange)) {
          exchange.close(); // ended meanwhile
        }
        return;
      }
      answer(exchange, now);
    };
  }

  /** The token endpoint's handler with this outage in front of it. */
  HttpHandler token(HttpHandler handler) {
    return exchange -> {
      int now = token;
      if (now == NONE) {
        handler.handle(exchange);
        return;
      }
      meter.tokens.increment();
      answer(exchange, now);
    };
  }

  private static void answer(HttpExchange exchange, int status) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      if (status == 429) {
        Http.send(exchange, 429, Http.TOO_MANY);
      } else {
        Http.status5xx(exchange, status);
      }
    }
  }

  private static int requireFailure(int status) {
    if (status != 429 && (status < 500 || status > 599)) {
      throw new IllegalArgumentException("status must be 429 or a 5xx: " + status);
    }
    return status;
  }
}
