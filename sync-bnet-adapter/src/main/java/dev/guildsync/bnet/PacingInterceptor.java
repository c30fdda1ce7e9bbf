package dev.guildsync.bnet;

import com.github.mizosoft.methanol.Methanol;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The innermost interceptor: every attempt, retries and the repeat after a 401 included, waits for
 * the rate limiter, then is counted as sent; 429 answers are counted as throttled.
 */
final class PacingInterceptor implements Methanol.Interceptor {
  private final RateLimiter limiter;
  private final RequestCounters counters;

  PacingInterceptor(RateLimiter limiter, RequestCounters counters) {
    this.limiter = limiter;
    this.counters = counters;
  }

  @Override
  public <T> HttpResponse<T> intercept(HttpRequest request, Chain<T> chain)
      throws IOException, InterruptedException {
    limiter.acquire();
    counters.sent.increment();
    HttpResponse<T> response = chain.forward(request);
    if (response.statusCode() == 429) {
      counters.throttled.increment();
    }
    return response;
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> interceptAsync(
      HttpRequest request, Chain<T> chain) {
    return CompletableFuture.failedFuture(
        new UnsupportedOperationException("BattleNetClient sends synchronously"));
  }
}
