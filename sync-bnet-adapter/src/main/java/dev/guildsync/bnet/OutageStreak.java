package dev.guildsync.bnet;

import dev.guildsync.core.outage.BattleNetUnavailableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Objects;

/**
 * The failed attempts in a row since Battle.net last answered, and the one line that describes
 * them. Not thread-safe: {@link OutageRule} guards it.
 */
final class OutageStreak {
  private static final String THROTTLED = "got HTTP 429";

  /**
   * One attempt that got no usable answer.
   *
   * @param what what happened, as it reads after "8 requests", e.g. {@code timed out}
   * @param connect true when the attempt could not even connect (refused, unknown host, connect
   *     timeout)
   * @param host where it went
   * @param detail more for the message, e.g. {@code ConnectException: Connection refused}; empty
   *     when {@code what} says it all
   */
  record Failure(String what, boolean connect, String host, String detail) {
    Failure {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(detail, "detail");
    }

    /** An attempt to {@code uri} that threw {@code e}. */
    static Failure of(URI uri, IOException e) {
      if (e instanceof TokenUnavailableException token) {
        return new Failure(
            "got no access token", isConnect(e.getCause()), token.host(), token.getMessage());
      }
      String host = uri.getRawAuthority();
      if (isConnect(e)) {
        return new Failure("could not connect", true, host, connectDetail(e));
      }
      if (e instanceof HttpTimeoutException) {
        return new Failure("timed out", false, host, "");
      }
      return new Failure("failed", false, host, ApiGet.describe(e));
    }

    /** An answer with {@code status} that says Battle.net is not serving: 5xx or 429. */
    static Failure ofStatus(URI uri, int status) {
      return new Failure("got HTTP " + status, false, uri.getRawAuthority(), "");
    }

    private static boolean isConnect(Throwable e) {
      return e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
    }

    private static String connectDetail(IOException e) {
      return e.getCause() instanceof UnresolvedAddressException
          ? "unknown host"
          : ApiGet.describe(e);
    }
  }

  private int count;
  private String firstRequest;
  private boolean distinct;
  private boolean allConnect = true;
  private boolean allAlike = true;
  private Failure last;

  /** Counts one more failed attempt of {@code request} (its path). */
  void add(String request, Failure failure) {
    if (count == 0) {
      firstRequest = request;
    } else {
      distinct |= !firstRequest.equals(request);
      allAlike &= last.what().equals(failure.what());
    }
    allConnect &= failure.connect();
    last = failure;
    count++;
  }

  /** Battle.net answered: the streak is over. */
  void clear() {
    count = 0;
    firstRequest = null;
    distinct = false;
    allConnect = true;
    allAlike = true;
    last = null;
  }

  int count() {
    return count;
  }

  /** Whether the streak spans more than one request, so it is not one item's own trouble. */
  boolean distinct() {
    return distinct;
  }

  /** Whether every failure of the streak was a 429. */
  boolean throttledOnly() {
    return count > 0 && allAlike && last.what().equals(THROTTLED);
  }

  /**
   * The exception that says what the streak means; unreachable when every attempt failed to connect
   * and Battle.net never answered at all.
   */
  BattleNetUnavailableException exception(boolean everAnswered) {
    boolean unreachable = allConnect && !everAnswered;
    String withDetail = last.detail().isEmpty() ? "" : ": " + last.detail();
    String message;
    if (unreachable) {
      message =
          String.format(
              "Battle.net cannot be reached at %s: %d requests in a row could not connect (%s)",
              last.host(), count, last.detail());
    } else if (throttledOnly()) {
      message =
          String.format(
              "Battle.net is throttling every request: %d requests got HTTP 429 in a row (%s)",
              count, last.host());
    } else {
      message =
          String.format(
              "Battle.net is not answering: %d requests %s in a row (%s%s)",
              count, allAlike ? last.what() : "failed", last.host(), withDetail);
    }
    return new BattleNetUnavailableException(message, unreachable, last.host(), count);
  }
}
