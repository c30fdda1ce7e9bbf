package dev.guildsync.bnet;

import dev.guildsync.core.FetchResult;
import java.lang.System.Logger.Level;
import java.net.http.HttpResponse;

/**
 * One API endpoint's answers as values: the status dispatch every endpoint shares (200 -> size
 * check -> map; 304 -> not modified when asked for; 404/403 -> not found; else failed, retryable or
 * not), with the body mapper that is the endpoint's own.
 *
 * @param name what a body is called in reasons, e.g. {@code profile}
 * @param maxBytes the largest body read; a larger one is a failure, not read into memory
 * @param mapper maps a 200 body
 * @param <T> what a body maps to
 */
record Endpoint<T>(String name, int maxBytes, Endpoint.BodyMapper<T> mapper) {
  private static final System.Logger LOG = System.getLogger(Endpoint.class.getName());

  /** The longest {@code Last-Modified} kept; an HTTP date has 29 characters. */
  private static final int MAX_LAST_MODIFIED = 100;

  /** Maps a 200 body, or says why it cannot (the reason names the problem, never the body). */
  @FunctionalInterface
  interface BodyMapper<T> {
    T map(byte[] body) throws ProfileMapper.Invalid;
  }

  /** Turns what came back from {@link ApiGet#send} into the result the source ports return. */
  FetchResult<T> dispatch(ApiGet.Exchange exchange, boolean conditional, Object subject) {
    if (exchange instanceof ApiGet.Failure f) {
      return new FetchResult.Failed<>(true, f.reason());
    }
    HttpResponse<BoundedBody> response = ((ApiGet.Answer) exchange).response();
    int status = response.statusCode();
    if (status == 200) {
      if (response.body().tooLarge()) {
        return new FetchResult.Failed<>(false, name + " body is over " + mebibytes(maxBytes));
      }
      try {
        return new FetchResult.Found<>(
            mapper.map(response.body().bytes()),
            response
                .headers()
                .firstValue("Last-Modified")
                .filter(value -> value.length() <= MAX_LAST_MODIFIED && isHeaderSafe(value)));
      } catch (ProfileMapper.Invalid e) {
        LOG.log(Level.DEBUG, "unusable {0} for {1}: {2}", name, subject, e.getMessage());
        return new FetchResult.Failed<>(false, e.getMessage());
      }
    }
    if (status == 304) {
      return conditional
          ? new FetchResult.NotModified<>()
          : new FetchResult.Failed<>(false, "HTTP 304 to a request that was not conditional");
    }
    if (status == 404 || status == 403) {
      return new FetchResult.NotFound<>("HTTP " + status);
    }
    return new FetchResult.Failed<>(isRetryable(status), describeStatus(status));
  }

  private static String mebibytes(int bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
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

  /** Only printable ASCII can be a header value; anything else is dropped, not sent or kept. */
  static boolean isHeaderSafe(String value) {
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
