package dev.guildsync.bnet;

import com.github.mizosoft.methanol.Methanol;
import com.github.mizosoft.methanol.MutableRequest;
import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.ProfileFetchResult;
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
 * Sends profile and status requests and turns every answer into a result value. Thread-safe.
 * Exceptions escape only for what stops every fetch (rejected credentials, a refused token
 * request).
 */
final class ProfileFetcher {
  private static final System.Logger LOG = System.getLogger(ProfileFetcher.class.getName());

  /** What came back from one request, after retries: an answer or a reason it failed. */
  private sealed interface Outcome {}

  private record Answer(HttpResponse<BoundedBody> response) implements Outcome {}

  private record Failure(String reason) implements Outcome {}

  private final Methanol http;
  private final Map<Region, URI> apiBaseUrls;
  private final Map<Region, String> locales;
  private final Duration requestTimeout;
  private final ProfileMapper mapper;

  ProfileFetcher(
      Methanol http,
      Map<Region, URI> apiBaseUrls,
      Map<Region, String> locales,
      Duration requestTimeout,
      ProfileMapper mapper) {
    this.http = http;
    this.apiBaseUrls = Map.copyOf(apiBaseUrls);
    this.locales = Map.copyOf(locales);
    this.requestTimeout = requestTimeout;
    this.mapper = mapper;
  }

  ProfileFetchResult fetch(CharacterRef character, Optional<String> lastModified) {
    Optional<String> condition = lastModified.filter(ProfileFetcher::isHeaderSafe);
    Outcome outcome = send(character, PathSegments.characterPath(character), condition);
    if (outcome instanceof Failure f) {
      return ProfileFetchResult.failed(true, f.reason());
    }
    HttpResponse<BoundedBody> response = ((Answer) outcome).response();
    int status = response.statusCode();
    if (status == 200) {
      if (response.body().tooLarge()) {
        return ProfileFetchResult.failed(false, "profile body is over 1 MiB");
      }
      try {
        return ProfileFetchResult.found(
            mapper.profile(response.body().bytes()),
            response.headers().firstValue("Last-Modified").orElse(null));
      } catch (ProfileMapper.Invalid e) {
        LOG.log(Level.DEBUG, "unusable profile for {0}: {1}", character, e.getMessage());
        return ProfileFetchResult.failed(false, e.getMessage());
      }
    }
    if (status == 304) {
      return condition.isPresent()
          ? ProfileFetchResult.notModified()
          : ProfileFetchResult.failed(false, "HTTP 304 to a request that was not conditional");
    }
    if (status == 404 || status == 403) {
      return ProfileFetchResult.notFound("HTTP " + status);
    }
    return ProfileFetchResult.failed(isRetryable(status), describeStatus(status));
  }

  StatusResult status(CharacterRef character) {
    Outcome outcome =
        send(character, PathSegments.characterPath(character) + "/status", Optional.empty());
    if (outcome instanceof Failure f) {
      return new StatusResult.Failed(true, f.reason());
    }
    HttpResponse<BoundedBody> response = ((Answer) outcome).response();
    int status = response.statusCode();
    if (status == 200) {
      if (response.body().tooLarge()) {
        return new StatusResult.Failed(false, "status body is over 1 MiB");
      }
      try {
        ProfileJson.Status s = mapper.status(response.body().bytes());
        return new StatusResult.Status(BnetCharacterId.of(s.id()), s.isValid());
      } catch (ProfileMapper.Invalid e) {
        return new StatusResult.Failed(false, e.getMessage());
      } catch (IllegalArgumentException e) {
        return new StatusResult.Failed(false, "status has an invalid id: " + s(e));
      }
    }
    if (status == 404 || status == 403) {
      return new StatusResult.NotFound("HTTP " + status);
    }
    return new StatusResult.Failed(isRetryable(status), describeStatus(status));
  }

  private Outcome send(CharacterRef character, String path, Optional<String> ifModifiedSince) {
    Region region = character.region();
    URI base = apiBaseUrls.get(region);
    URI uri = URI.create(base + path + "?locale=" + locales.get(region));
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
      return new Answer(
          http.send(request.toImmutableRequest(), BoundedBody.handler(BoundedBody.MAX_BYTES)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Failure("interrupted while fetching " + character);
    } catch (TokenUnavailableException e) {
      return new Failure("no access token: " + e.getMessage());
    } catch (HttpTimeoutException e) {
      LOG.log(Level.DEBUG, "timed out fetching {0}", character);
      return new Failure("timed out (" + e.getClass().getSimpleName() + "), retries exhausted");
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "I/O error fetching {0}: {1}", character, s(e));
      return new Failure("I/O error (" + s(e) + "), retries exhausted");
    }
  }

  private static boolean isRetryable(int status) {
    return status == 429 || status == 401 || status >= 500;
  }

  private static String describeStatus(int status) {
    if (status == 429 || status >= 500) {
      return "HTTP " + status + ", retries exhausted";
    }
    if (status == 401) {
      return "HTTP 401 even with a freshly fetched access token";
    }
    return "unexpected HTTP " + status;
  }

  private static String s(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName()
        + (message == null ? "" : ": " + ProfileMapper.oneLine(message));
  }

  /** Only printable ASCII can be a header value; anything else is dropped, not sent. */
  private static boolean isHeaderSafe(String value) {
    if (value.isBlank()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }
}
