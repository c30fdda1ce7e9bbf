package dev.guildsync.bnet;

import com.github.mizosoft.methanol.Methanol;
import com.github.mizosoft.methanol.MutableRequest;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The one GET path to the API: region, path and an optional {@code If-Modified-Since} in; the
 * answer after retries, or the reason there is none, out. A new endpoint is one {@link Endpoint}
 * and one call to {@link #get}. Thread-safe. Exceptions escape only for what stops every request
 * (rejected credentials, a refused token request).
 */
final class ApiGet {
  private static final System.Logger LOG = System.getLogger(ApiGet.class.getName());

  /** What came back from one request, after retries: an answer or a reason it failed. */
  sealed interface Exchange {}

  /** Battle.net answered, with any status. */
  record Answer(HttpResponse<BoundedBody> response) implements Exchange {}

  /** No answer: I/O error, timeout, interrupt or no token, after retries. */
  record Failure(String reason) implements Exchange {}

  private final Methanol http;
  private final Map<Region, URI> apiBaseUrls;
  private final Map<Region, String> locales;
  private final Duration requestTimeout;

  ApiGet(
      Methanol http,
      Map<Region, URI> apiBaseUrls,
      Map<Region, String> locales,
      Duration requestTimeout) {
    this.http = http;
    this.apiBaseUrls = Map.copyOf(apiBaseUrls);
    this.locales = Map.copyOf(locales);
    this.requestTimeout = requestTimeout;
  }

  /**
   * GETs {@code path} in {@code region}'s profile namespace and maps the answer with {@code
   * endpoint}; conditional when {@code ifModifiedSince} holds a value that can be a header.
   *
   * @param subject what is fetched, for messages, e.g. {@code eu/argent-dawn/Ærøn}
   */
  <T> FetchResult<T> get(
      Endpoint<T> endpoint,
      Region region,
      String path,
      Optional<String> ifModifiedSince,
      Object subject) {
    Optional<String> condition = ifModifiedSince.filter(Endpoint::isHeaderSafe);
    return endpoint.dispatch(
        send(region, path, condition, endpoint.maxBytes(), subject),
        condition.isPresent(),
        subject);
  }

  /** Sends one GET, reading at most {@code maxBytes} of the body; {@code path} is encoded. */
  Exchange send(
      Region region, String path, Optional<String> ifModifiedSince, int maxBytes, Object subject) {
    URI uri = URI.create(apiBaseUrls.get(region) + path + "?locale=" + locales.get(region));
    MutableRequest request =
        MutableRequest.GET(uri)
            .header("Battlenet-Namespace", Endpoints.profileNamespace(region))
            .header("Accept", "application/json")
            .timeout(requestTimeout);
    ifModifiedSince.ifPresent(value -> request.header("If-Modified-Since", value));
    if (Endpoints.isPlainHttp(uri)) {
      request.version(HttpClient.Version.HTTP_1_1);
    }
    try {
      return new Answer(http.send(request.toImmutableRequest(), BoundedBody.handler(maxBytes)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Failure("interrupted while fetching " + subject);
    } catch (TokenUnavailableException e) {
      return new Failure("no access token: " + e.getMessage());
    } catch (HttpTimeoutException e) {
      LOG.log(Level.DEBUG, "timed out fetching {0}", subject);
      return new Failure("timed out (" + e.getClass().getSimpleName() + "), retries exhausted");
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "I/O error fetching {0}: {1}", subject, describe(e));
      return new Failure("I/O error (" + describe(e) + "), retries exhausted");
    }
  }

  /** The exception's simple name and message, on one line. */
  static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName()
        + (message == null ? "" : ": " + ProfileMapper.oneLine(message));
  }
}
