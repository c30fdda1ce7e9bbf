package dev.guildsync.bnet;

import java.io.IOException;

/**
 * The token endpoint could not give a token for a reason that may pass (5xx, 429, I/O error, an
 * unreadable answer). An {@link IOException} so the API request's retry policy retries it, and the
 * outage rule counts it against the token endpoint's {@link #host()}.
 */
final class TokenUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String host;

  TokenUnavailableException(String host, String message) {
    super(message);
    this.host = host;
  }

  TokenUnavailableException(String host, String message, Throwable cause) {
    super(message, cause);
    this.host = host;
  }

  /** The token endpoint's host, with its port when it is not the scheme's. */
  String host() {
    return host;
  }
}
