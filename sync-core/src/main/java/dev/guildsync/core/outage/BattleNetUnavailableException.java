package dev.guildsync.core.outage;

import dev.guildsync.core.SyncException;
import java.util.Objects;

/**
 * Battle.net as a whole is failing, not the item that was asked for: thrown by a source port's
 * fetch after many requests in a row, for different items, got no usable answer (timeouts,
 * connections refused, 5xx, throttling, no access token) with no answer between. A sync run that
 * meets it stops at once with a {@link BattleNetOutageException} and blames no item: the batch in
 * progress is released unsaved, no failure is counted, nothing is backed off.
 *
 * <p>{@link #unreachable()} tells a Battle.net that was never reached (every request failed to
 * connect: a mistyped host, a closed port, an unknown name) from one that stopped answering. The
 * message is one line, says which, and names the host; it never holds a secret. Immutable.
 */
public final class BattleNetUnavailableException extends SyncException {
  private static final long serialVersionUID = 1L;

  private final boolean unreachable;
  private final String host;
  private final int failuresInARow;

  /**
   * @param message one line, e.g. {@code Battle.net is not answering: 8 requests timed out in a row
   *     (eu.api.blizzard.com)}
   * @param unreachable true when no request ever reached Battle.net: every one failed to connect
   * @param host the host (with its port, when not the scheme's) the failing requests went to
   * @param failuresInARow how many requests in a row failed, at least 1
   * @throws IllegalArgumentException when {@code failuresInARow} is not positive
   */
  public BattleNetUnavailableException(
      String message, boolean unreachable, String host, int failuresInARow) {
    super(Objects.requireNonNull(message, "message"));
    if (failuresInARow < 1) {
      throw new IllegalArgumentException("failuresInARow must be positive: " + failuresInARow);
    }
    this.unreachable = unreachable;
    this.host = Objects.requireNonNull(host, "host");
    this.failuresInARow = failuresInARow;
  }

  /** True when no request ever reached Battle.net (every one failed to connect). */
  public boolean unreachable() {
    return unreachable;
  }

  /** The host the failing requests went to, with its port when it is not the scheme's. */
  public String host() {
    return host;
  }

  /** How many requests in a row failed before Battle.net was called unavailable. */
  public int failuresInARow() {
    return failuresInARow;
  }
}
