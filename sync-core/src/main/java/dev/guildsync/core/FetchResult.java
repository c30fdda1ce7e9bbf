package dev.guildsync.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What asking a source for one item gave: a character's profile, a character's status, a guild's
 * roster, or anything a later source fetches. Every source port returns it; callers test the four
 * cases. A source never returns null, never throws for a problem that concerns only the item asked
 * for, and never turns a 404 into a failure.
 *
 * @param <T> what the source fetches
 */
public sealed interface FetchResult<T> {

  /**
   * The source answered with the item.
   *
   * @param <T> what the source fetches
   * @param value the item
   * @param lastModified the answer's {@code Last-Modified} value, verbatim, to send with the next
   *     request for the same item; empty when the source gave none
   */
  record Found<T>(T value, Optional<String> lastModified) implements FetchResult<T> {
    public Found {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(lastModified, "lastModified");
    }
  }

  /**
   * The item has not changed since the {@code Last-Modified} that was sent (HTTP 304). Only a
   * conditional request can get this answer.
   *
   * @param <T> what the source fetches
   */
  record NotModified<T>() implements FetchResult<T> {}

  /**
   * The source does not serve this item (HTTP 404, or the 403 Battle.net gives for some). For
   * Battle.net this is ambiguous (deleted, renamed, transferred, inactive or a fault), so it is
   * never by itself a reason to delete data.
   *
   * @param <T> what the source fetches
   * @param detail what the source saw, e.g. {@code HTTP 404}
   */
  record NotFound<T>(String detail) implements FetchResult<T> {
    public NotFound {
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * Asking failed; nothing new is known about the item, and what is stored of it must be kept.
   *
   * @param <T> what the source fetches
   * @param retryable true when trying again later may succeed (5xx, timeouts, throttling)
   * @param reason a one-line description that names the problem and never holds a secret
   */
  record Failed<T>(boolean retryable, String reason) implements FetchResult<T> {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Shorthand for a {@link Found} result.
   *
   * @param value the item
   * @param lastModified the answer's {@code Last-Modified} value; null for none
   */
  static <T> FetchResult<T> found(T value, String lastModified) {
    return new Found<>(value, Optional.ofNullable(lastModified));
  }

  /** Shorthand for {@link NotModified}. */
  static <T> FetchResult<T> notModified() {
    return new NotModified<>();
  }

  /** Shorthand for a {@link NotFound} result. */
  static <T> FetchResult<T> notFound(String detail) {
    return new NotFound<>(detail);
  }

  /** Shorthand for a {@link Failed} result. */
  static <T> FetchResult<T> failed(boolean retryable, String reason) {
    return new Failed<>(retryable, reason);
  }
}
