package dev.guildsync.bnet;

import java.io.IOException;

/**
 * The token endpoint could not give a token for a reason that may pass (5xx, 429, I/O error, an
 * unreadable answer). An {@link IOException} so the API request's retry policy retries it.
 */
final class TokenUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  TokenUnavailableException(String message) {
    super(message);
  }

  TokenUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
