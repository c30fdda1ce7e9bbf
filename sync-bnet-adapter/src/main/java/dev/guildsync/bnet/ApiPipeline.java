package dev.guildsync.bnet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mizosoft.methanol.Methanol;
import dev.guildsync.core.Region;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * Assembles the client's Methanol pipeline over its HTTP client. Outermost first: retries, then the
 * outage rule (each attempt counted, refused while Battle.net is unavailable), then auth (a token
 * per attempt, one repeat on 401), then the rate limiter, then the response deadline, so every
 * retry is counted, authorised and paced, and each attempt's whole response is bounded by the
 * request timeout.
 */
final class ApiPipeline {
  private ApiPipeline() {}

  static Methanol assemble(
      ClientSettings settings,
      HttpClient backend,
      ScheduledExecutorService timeouts,
      RequestCounters counters,
      ObjectMapper json) {
    var api = Methanol.newBuilder(backend).userAgent("guildsync-bnet-adapter");
    if (settings.maxRetries() > 0) {
      api.interceptor(
          RetryPolicy.interceptor(settings.maxRetries(), settings.retryBaseDelay(), counters));
    }
    OutageRule outages =
        new OutageRule(settings.unavailableAfter(), settings.requestTimeout(), System::nanoTime);
    return api.interceptor(new OutageInterceptor(outages))
        .interceptor(new AuthInterceptor(tokens(settings, backend, json), counters))
        .interceptor(
            new PacingInterceptor(
                new RateLimiter(
                    settings
                        .bucket()
                        .orElseGet(
                            () ->
                                RateLimiter.inProcess(
                                    settings.requestsPerSecond(), settings.requestsPerHour()))),
                counters))
        .interceptor(new ResponseDeadline(settings.requestTimeout(), timeouts))
        .build();
  }

  /** China has its own token endpoint, unless one endpoint was configured for every region. */
  private static Function<HttpRequest, TokenProvider> tokens(
      ClientSettings settings, HttpClient backend, ObjectMapper json) {
    var global = settings.tokenProvider(backend, settings.tokenUrlFor(Region.US), json);
    var china =
        settings.tokenUrlOverride().isPresent()
            ? global
            : settings.tokenProvider(backend, settings.tokenUrlFor(Region.CN), json);
    String chinaNamespace = Endpoints.profileNamespace(Region.CN);
    return request ->
        request
                .headers()
                .firstValue("Battlenet-Namespace")
                .filter(chinaNamespace::equals)
                .isPresent()
            ? china
            : global;
  }
}
