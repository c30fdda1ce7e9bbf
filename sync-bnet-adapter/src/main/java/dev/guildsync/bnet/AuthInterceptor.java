package dev.guildsync.bnet;

import com.github.mizosoft.methanol.Methanol;
import com.github.mizosoft.methanol.MutableRequest;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Adds {@code Authorization: Bearer} to every attempt (never a token in the URL). On a 401 it drops
 * that token, gets a fresh one and repeats the request exactly once: tokens can be revoked before
 * they expire.
 */
final class AuthInterceptor implements Methanol.Interceptor {
  private static final System.Logger LOG = System.getLogger(AuthInterceptor.class.getName());

  private final Function<HttpRequest, TokenProvider> tokens;
  private final RequestCounters counters;

  AuthInterceptor(Function<HttpRequest, TokenProvider> tokens, RequestCounters counters) {
    this.tokens = tokens;
    this.counters = counters;
  }

  @Override
  public <T> HttpResponse<T> intercept(HttpRequest request, Chain<T> chain)
      throws IOException, InterruptedException {
    TokenProvider provider = tokens.apply(request);
    AccessToken token = provider.get();
    HttpResponse<T> response = chain.forward(withBearer(request, token));
    if (response.statusCode() != 401) {
      return response;
    }
    closeQuietly(response);
    provider.invalidate(token);
    counters.retried.increment();
    LOG.log(
        Level.DEBUG,
        "Battle.net answered HTTP 401 for {0}; fetching a new access token and trying once more",
        request.uri().getRawPath());
    return chain.forward(withBearer(request, provider.get()));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> interceptAsync(
      HttpRequest request, Chain<T> chain) {
    return CompletableFuture.failedFuture(
        new UnsupportedOperationException("BattleNetClient sends synchronously"));
  }

  private static HttpRequest withBearer(HttpRequest request, AccessToken token) {
    return MutableRequest.copyOf(request)
        .setHeader("Authorization", "Bearer " + token.value())
        .toImmutableRequest();
  }

  private static void closeQuietly(HttpResponse<?> response) {
    if (response.body() instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.log(Level.DEBUG, "could not close a response body: {0}", e.getClass().getName());
      }
    }
  }
}
