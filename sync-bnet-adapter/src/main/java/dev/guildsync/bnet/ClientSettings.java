package dev.guildsync.bnet;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guildsync.core.Region;
import io.github.bucket4j.Bucket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/** A {@link BattleNetClient}'s validated, immutable settings. {@link #toString()} hides secrets. */
record ClientSettings(
    String clientId,
    String clientSecret,
    Optional<URI> apiBaseUrlOverride,
    Optional<URI> tokenUrlOverride,
    Map<Region, String> locales,
    Duration connectTimeout,
    Duration requestTimeout,
    int requestsPerSecond,
    long requestsPerHour,
    int maxRetries,
    Duration retryBaseDelay,
    int unavailableAfter,
    Optional<Executor> executor,
    Optional<Bucket> bucket,
    Clock clock) {

  ClientSettings {
    locales = Map.copyOf(locales);
  }

  /** The builder's mutable state. */
  static final class Mutable {
    String clientId;
    String clientSecret;
    Optional<URI> apiBaseUrl = Optional.empty();
    Optional<URI> tokenUrl = Optional.empty();
    final Map<Region, String> locales = new EnumMap<>(Endpoints.defaultLocales());
    Duration connectTimeout = Duration.ofSeconds(5);
    Duration requestTimeout = Duration.ofSeconds(10);
    int requestsPerSecond = 100;
    long requestsPerHour = 36_000;
    int maxRetries = 3;
    Duration retryBaseDelay = Duration.ofMillis(200);
    int unavailableAfter = 8;
    Optional<Executor> executor = Optional.empty();
    Optional<Bucket> bucket = Optional.empty();
    boolean limitsSet;
    Clock clock = Clock.systemUTC();

    void requestsPerSecond(int perSecond) {
      requestsPerSecond = requirePerSecond(perSecond);
      limitsSet = true;
    }

    void requestsPerHour(long perHour) {
      requestsPerHour = requirePerHour(perHour);
      limitsSet = true;
    }

    ClientSettings freeze() {
      if (clientId == null) {
        throw new IllegalStateException("clientId is required");
      }
      if (clientSecret == null) {
        throw new IllegalStateException("clientSecret is required");
      }
      if (bucket.isPresent() && limitsSet) {
        throw new IllegalStateException(
            "requestsPerSecond and requestsPerHour cannot be set with a bucket: the limits are"
                + " the bucket's configuration (see BattleNetClient.quotaConfiguration)");
      }
      return freeze(true);
    }

    /** Unchecked copy, for {@code toString()} of an incomplete builder. */
    ClientSettings freeze(boolean checked) {
      return new ClientSettings(
          Objects.requireNonNullElse(clientId, "<unset>"),
          clientSecret == null ? "<unset>" : clientSecret,
          apiBaseUrl,
          tokenUrl,
          locales,
          connectTimeout,
          requestTimeout,
          requestsPerSecond,
          requestsPerHour,
          maxRetries,
          retryBaseDelay,
          unavailableAfter,
          executor,
          bucket,
          clock);
    }
  }

  Map<Region, URI> apiBaseUrls() {
    Map<Region, URI> urls = new EnumMap<>(Region.class);
    for (Region region : Region.values()) {
      urls.put(region, apiBaseUrlOverride.orElseGet(() -> Endpoints.defaultApiBaseUrl(region)));
    }
    return urls;
  }

  URI tokenUrlFor(Region region) {
    return tokenUrlOverride.orElseGet(() -> Endpoints.defaultTokenUrl(region));
  }

  HttpClient newHttpClient() {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER);
    boolean allPlainHttp =
        apiBaseUrlOverride.filter(Endpoints::isPlainHttp).isPresent()
            && tokenUrlOverride.filter(Endpoints::isPlainHttp).isPresent();
    if (allPlainHttp) {
      builder.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance on loopback
    }
    executor.ifPresent(builder::executor);
    return builder.build();
  }

  TokenProvider tokenProvider(HttpClient http, URI tokenUrl, ObjectMapper json) {
    return new TokenProvider(http, tokenUrl, clientId, clientSecret, requestTimeout, clock, json);
  }

  static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(what + " must not contain control characters");
      }
    }
    return value;
  }

  static Duration requirePositive(Duration value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(what + " must be positive: " + value);
    }
    return value;
  }

  static int requirePerSecond(int perSecond) {
    return requireRange(perSecond, 1, 100_000, "requestsPerSecond");
  }

  static long requirePerHour(long perHour) {
    return requireRange(perHour, 1, 100_000_000, "requestsPerHour");
  }

  static long requireRange(long value, long min, long max, String what) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          what + " must be between " + min + " and " + max + ": " + value);
    }
    return value;
  }

  static int requireRange(int value, int min, int max, String what) {
    return (int) requireRange((long) value, min, max, what);
  }

  @Override
  public String toString() {
    return "{clientId="
        + clientId
        + ", clientSecret=<redacted>, apiBaseUrl="
        + apiBaseUrlOverride.map(URI::toString).orElse("<regional defaults>")
        + ", tokenUrl="
        + tokenUrlOverride.map(URI::toString).orElse("<regional defaults>")
        + ", locales="
        + new EnumMap<>(locales)
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + (bucket.isPresent()
            ? ", bucket=<given>"
            : ", requestsPerSecond=" + requestsPerSecond + ", requestsPerHour=" + requestsPerHour)
        + ", maxRetries="
        + maxRetries
        + ", retryBaseDelay="
        + retryBaseDelay
        + ", unavailableAfter="
        + unavailableAfter
        + "}";
  }
}
