package dev.guildsync.bnet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guildsync.core.CredentialsRejectedException;
import dev.guildsync.core.SyncException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Client-credentials tokens for one token endpoint: cached, replaced before expiry, with a single
 * fetch in flight shared by every thread. Thread-safe.
 */
final class TokenProvider {
  private static final System.Logger LOG = System.getLogger(TokenProvider.class.getName());

  private final HttpClient http;
  private final URI tokenUrl;
  private final String basicAuth;
  private final Duration timeout;
  private final Clock clock;
  private final ObjectMapper json;
  private final Object lock = new Object();
  private AccessToken current; // guarded by lock; null when none
  private CompletableFuture<AccessToken> inFlight; // guarded by lock; null when none
  private long fetched; // guarded by lock

  TokenProvider(
      HttpClient http,
      URI tokenUrl,
      String clientId,
      String clientSecret,
      Duration timeout,
      Clock clock,
      ObjectMapper json) {
    this.http = http;
    this.tokenUrl = tokenUrl;
    this.basicAuth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    this.timeout = timeout;
    this.clock = clock;
    this.json = json;
  }

  /**
   * A usable token: the cached one while fresh, else a new one (one fetch for all threads).
   *
   * @throws CredentialsRejectedException when the endpoint rejects the client credentials
   * @throws TokenUnavailableException when no token can be had for now
   * @throws SyncException when the endpoint refuses the request for another reason
   */
  AccessToken get() throws IOException, InterruptedException {
    CompletableFuture<AccessToken> future;
    boolean mine = false;
    synchronized (lock) {
      var now = clock.instant();
      if (current != null && current.isFresh(now)) {
        return current;
      }
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        mine = true;
      } else if (current != null && current.isUsable(now)) {
        return current; // someone is already replacing it; this one still works
      }
      future = inFlight;
    }
    if (mine) {
      try {
        AccessToken token = fetch();
        synchronized (lock) {
          current = token;
          inFlight = null;
          fetched++;
        }
        future.complete(token);
      } catch (IOException | InterruptedException | RuntimeException e) {
        synchronized (lock) {
          inFlight = null;
        }
        future.completeExceptionally(e);
        throw e;
      }
    }
    return await(future);
  }

  /** Forgets {@code rejected} so the next {@link #get()} fetches anew (after an API 401). */
  void invalidate(AccessToken rejected) {
    synchronized (lock) {
      if (current == rejected) {
        current = null;
      }
    }
  }

  /** How many tokens were fetched so far. */
  long fetchedCount() {
    synchronized (lock) {
      return fetched;
    }
  }

  private AccessToken await(CompletableFuture<AccessToken> future)
      throws IOException, InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof InterruptedException) {
        throw new TokenUnavailableException(
            host(), "token fetch by another thread was interrupted");
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new TokenUnavailableException(host(), "token fetch failed", cause);
    }
  }

  private String host() {
    return tokenUrl.getRawAuthority();
  }

  private AccessToken fetch() throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(tokenUrl)
            .timeout(timeout)
            .header("Authorization", basicAuth)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
    if (Endpoints.isPlainHttp(tokenUrl)) {
      request.version(HttpClient.Version.HTTP_1_1);
    }
    var requestedAt = clock.instant();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new TokenUnavailableException(
          host(),
          "token request to " + tokenUrl.getHost() + " failed: " + e.getClass().getSimpleName(),
          e);
    }
    int status = response.statusCode();
    if (status == 200) {
      return parse(response.body(), requestedAt);
    }
    String error = errorCode(response.body()).orElse("");
    if (status == 401 || (status == 400 && error.equals("invalid_client"))) {
      LOG.log(Level.WARNING, "Battle.net rejected the client credentials (HTTP {0})", status);
      throw new CredentialsRejectedException(
          "Battle.net rejected the client credentials: token endpoint "
              + tokenUrl.getHost()
              + " answered HTTP "
              + status
              + "; check the client id and secret");
    }
    if (status == 429 || status >= 500) {
      throw new TokenUnavailableException(host(), "token endpoint answered HTTP " + status);
    }
    throw new SyncException(
        "token endpoint refused the request: HTTP "
            + status
            + (error.isEmpty() ? "" : " (" + error + ")"));
  }

  private AccessToken parse(byte[] body, java.time.Instant requestedAt)
      throws TokenUnavailableException {
    TokenBody token;
    try {
      token = json.readValue(body, TokenBody.class);
    } catch (IOException e) {
      throw new TokenUnavailableException(host(), "token endpoint sent an unreadable answer");
    }
    if (token.accessToken() == null || token.accessToken().isBlank()) {
      throw new TokenUnavailableException(host(), "token endpoint sent no access_token");
    }
    if (token.expiresIn() == null || token.expiresIn() <= 0) {
      throw new TokenUnavailableException(host(), "token endpoint sent no positive expires_in");
    }
    LOG.log(
        Level.DEBUG,
        "fetched a Battle.net access token from {0}, valid for {1} s",
        tokenUrl.getHost(),
        token.expiresIn());
    return AccessToken.issued(
        token.accessToken(), requestedAt, Duration.ofSeconds(token.expiresIn()));
  }

  private Optional<String> errorCode(byte[] body) {
    try {
      return Optional.ofNullable(json.readValue(body, TokenError.class).error());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record TokenBody(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("expires_in") Long expiresIn) {
    @Override
    public String toString() {
      return "TokenBody[accessToken=<redacted>, expiresIn=" + expiresIn + "]";
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record TokenError(@JsonProperty("error") String error) {}
}
