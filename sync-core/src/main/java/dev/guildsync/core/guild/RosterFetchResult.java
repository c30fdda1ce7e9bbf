package dev.guildsync.core.guild;

import java.util.Objects;
import java.util.Optional;

/**
 * What fetching one guild's roster gave. Callers switch over the four cases; a roster source never
 * returns null and never turns a 404 into a failure.
 */
public sealed interface RosterFetchResult {

  /**
   * The roster was found.
   *
   * @param roster the roster
   * @param lastModified the response's {@code Last-Modified} value, verbatim; empty when absent
   */
  record Found(GuildRoster roster, Optional<String> lastModified) implements RosterFetchResult {
    public Found {
      Objects.requireNonNull(roster, "roster");
      Objects.requireNonNull(lastModified, "lastModified");
    }
  }

  /** The roster has not changed since the {@code Last-Modified} that was sent (HTTP 304). */
  record NotModified() implements RosterFetchResult {}

  /**
   * Battle.net does not serve this guild under this slug (HTTP 404 or 403): disbanded, renamed,
   * moved, or a fault. Never a reason to delete data.
   *
   * @param detail what the source saw, e.g. {@code HTTP 404}
   */
  record NotFound(String detail) implements RosterFetchResult {
    public NotFound {
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The fetch failed; the guild's data must be kept.
   *
   * @param retryable true when trying again later may succeed (5xx, timeouts, throttling)
   * @param reason a one-line description that names the problem and never holds a secret
   */
  record Failed(boolean retryable, String reason) implements RosterFetchResult {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Shorthand for a {@link Found} result; {@code lastModified} may be null for none. */
  static RosterFetchResult found(GuildRoster roster, String lastModified) {
    return new Found(roster, Optional.ofNullable(lastModified));
  }

  /** Shorthand for {@link NotModified}. */
  static RosterFetchResult notModified() {
    return new NotModified();
  }

  /** Shorthand for a {@link NotFound} result. */
  static RosterFetchResult notFound(String detail) {
    return new NotFound(detail);
  }

  /** Shorthand for a {@link Failed} result. */
  static RosterFetchResult failed(boolean retryable, String reason) {
    return new Failed(retryable, reason);
  }
}
