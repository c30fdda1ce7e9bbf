package dev.guildsync.bnet;

/**
 * Counters of one {@link BattleNetClient}'s requests to the Battle.net API, since it was built.
 * Token requests are not counted here.
 *
 * @param sent API requests put on the wire, every attempt included (first tries, retries and the
 *     repeat after a token refresh)
 * @param retried attempts that repeated an earlier one: back-off retries after 429, 5xx, timeouts
 *     and I/O errors, and the single repeat after a 401
 * @param throttled HTTP 429 answers seen
 */
public record RequestStats(long sent, long retried, long throttled) {
  /**
   * @throws IllegalArgumentException when a counter is negative
   */
  public RequestStats {
    if (sent < 0 || retried < 0 || throttled < 0) {
      throw new IllegalArgumentException("counters must not be negative");
    }
  }
}
