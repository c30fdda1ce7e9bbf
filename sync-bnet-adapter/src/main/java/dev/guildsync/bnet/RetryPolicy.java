package dev.guildsync.bnet;

import com.github.mizosoft.methanol.RetryInterceptor;
import com.github.mizosoft.methanol.RetryInterceptor.BackoffStrategy;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds the client's Methanol {@link RetryInterceptor}: retries 429, 500, 502, 503, 504, timeouts
 * and I/O errors (a token that could not be fetched included), a bounded number of times. Delays:
 * {@code Retry-After} when the answer has one (capped), else about one second plus jitter for a
 * 429, else jittered exponential back-off.
 */
final class RetryPolicy {
  private static final System.Logger LOG = System.getLogger(RetryPolicy.class.getName());
  static final Duration THROTTLE_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_DELAY = Duration.ofSeconds(60);

  private RetryPolicy() {}

  static RetryInterceptor interceptor(
      int maxRetries, Duration baseDelay, RequestCounters counters) {
    Duration cap =
        max(
            baseDelay,
            baseDelay.multipliedBy(32).compareTo(MAX_DELAY) < 0
                ? baseDelay.multipliedBy(32)
                : MAX_DELAY);
    BackoffStrategy exponential = BackoffStrategy.exponential(baseDelay, cap).withJitter(0.5);
    BackoffStrategy fallback =
        context ->
            context.response().map(r -> r.statusCode() == 429).orElse(false)
                ? THROTTLE_DELAY.plusMillis(ThreadLocalRandom.current().nextLong(250))
                : exponential.backoff(context);
    BackoffStrategy honouringRetryAfter = BackoffStrategy.retryAfterOr(fallback);
    return RetryInterceptor.newBuilder()
        .maxRetries(maxRetries)
        .onStatus(429, 500, 502, 503, 504)
        .onException(e -> e instanceof IOException)
        .backoff(context -> min(honouringRetryAfter.backoff(context), MAX_DELAY))
        .listener(
            new RetryInterceptor.Listener() {
              @Override
              public void onRetry(
                  RetryInterceptor.Context<?> context, HttpRequest nextRequest, Duration delay) {
                counters.retried.increment();
                LOG.log(
                    Level.DEBUG,
                    "retrying {0} in {1} ms after {2} (retry {3} of {4})",
                    nextRequest.uri().getRawPath(),
                    delay.toMillis(),
                    describe(context),
                    context.retryCount() + 1,
                    maxRetries);
              }
            })
        .build();
  }

  static String describe(RetryInterceptor.Context<?> context) {
    return context
        .response()
        .map(r -> "HTTP " + r.statusCode())
        .or(() -> context.exception().map(e -> e.getClass().getSimpleName()))
        .orElse("nothing");
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
