package dev.guildsync.bnet;

import java.util.Objects;
import java.util.Optional;

/**
 * What one Battle.net API request gave, whatever the endpoint: the mapped answer, not modified, not
 * found, or failed. Callers switch over the four cases; the client never returns null and never
 * turns a 404 into a failure. Immutable.
 *
 * @param <T> what a 200 answer of the endpoint maps to, e.g. {@link CharacterStatus}
 */
public sealed interface ApiResult<T> {

  /**
   * Battle.net answered 200 with a usable body.
   *
   * @param value the body, mapped
   * @param lastModified the response's {@code Last-Modified} value, verbatim; empty when absent or
   *     not a printable ASCII value that could be sent back
   * @param <T> the mapped body's type
   */
  record Found<T>(T value, Optional<String> lastModified) implements ApiResult<T> {
    /**
     * @throws NullPointerException when a component is null
     */
    public Found {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(lastModified, "lastModified");
    }
  }

  /**
   * Nothing changed since the {@code If-Modified-Since} that was sent (HTTP 304).
   *
   * @param <T> the endpoint's body type
   */
  record NotModified<T>() implements ApiResult<T> {}

  /**
   * Battle.net does not serve this resource (HTTP 404, or 403 as it answers for some characters).
   *
   * @param detail what was seen, e.g. {@code HTTP 404}
   * @param <T> the endpoint's body type
   */
  record NotFound<T>(String detail) implements ApiResult<T> {
    /**
     * @throws NullPointerException when the detail is null
     */
    public NotFound {
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The request failed.
   *
   * @param retryable true when trying again later may succeed (5xx, timeouts, throttling)
   * @param reason one line naming the problem; never holds a secret
   * @param <T> the endpoint's body type
   */
  record Failed<T>(boolean retryable, String reason) implements ApiResult<T> {
    /**
     * @throws NullPointerException when the reason is null
     */
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
