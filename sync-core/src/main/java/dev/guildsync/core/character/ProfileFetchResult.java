package dev.guildsync.core.character;

import java.util.Objects;
import java.util.Optional;

/**
 * What fetching one character's profile gave. Callers switch over the four cases; a profile source
 * never returns null and never turns a 404 into a failure.
 */
public sealed interface ProfileFetchResult {

  /**
   * The profile was found.
   *
   * @param profile the profile
   * @param lastModified the response's {@code Last-Modified} value, verbatim; empty when absent
   */
  record Found(CharacterProfile profile, Optional<String> lastModified)
      implements ProfileFetchResult {
    public Found {
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(lastModified, "lastModified");
    }
  }

  /** The profile has not changed since the {@code Last-Modified} that was sent (HTTP 304). */
  record NotModified() implements ProfileFetchResult {}

  /**
   * Battle.net does not serve this character (HTTP 404, or 403 for some characters). Ambiguous:
   * deleted, renamed, transferred or inactive; never a reason to delete data.
   *
   * @param detail what the source saw, e.g. {@code HTTP 404}
   */
  record NotFound(String detail) implements ProfileFetchResult {
    public NotFound {
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The fetch failed; the character's data must be kept.
   *
   * @param retryable true when trying again later may succeed (5xx, timeouts, throttling)
   * @param reason a one-line description that names the problem and never holds a secret
   */
  record Failed(boolean retryable, String reason) implements ProfileFetchResult {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Shorthand for a {@link Found} result. */
  static ProfileFetchResult found(CharacterProfile profile, String lastModified) {
    return new Found(profile, Optional.ofNullable(lastModified));
  }

  /** Shorthand for {@link NotModified}. */
  static ProfileFetchResult notModified() {
    return new NotModified();
  }

  /** Shorthand for a {@link NotFound} result. */
  static ProfileFetchResult notFound(String detail) {
    return new NotFound(detail);
  }

  /** Shorthand for a {@link Failed} result. */
  static ProfileFetchResult failed(boolean retryable, String reason) {
    return new Failed(retryable, reason);
  }
}
