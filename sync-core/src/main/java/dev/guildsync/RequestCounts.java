package dev.guildsync;

/**
 * Requests a Battle.net source made: how many it sent, retried and saw throttled. A source that
 * counts its requests implements {@link Counter}; {@link GuildSync} reads it before and after a run
 * and reports the difference. A source that counts nothing reports {@link #NONE}.
 *
 * @param sent requests put on the wire, every attempt included (first tries and retries)
 * @param retried attempts that repeated an earlier one
 * @param throttled HTTP 429 answers seen
 */
public record RequestCounts(long sent, long retried, long throttled) {

  /** No request: the counts of a source that counts nothing. */
  public static final RequestCounts NONE = new RequestCounts(0, 0, 0);

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException when a count is negative
   */
  public RequestCounts {
    if (sent < 0 || retried < 0 || throttled < 0) {
      throw new IllegalArgumentException(
          "request counts must not be negative: " + sent + ", " + retried + ", " + throttled);
    }
  }

  /**
   * The requests made between {@code earlier} and these counts, both read from the same {@link
   * Counter}.
   *
   * @param earlier an earlier reading of the same counters
   * @return the difference, count by count
   * @throws IllegalArgumentException when {@code earlier} holds a larger count (a counter went
   *     back)
   */
  public RequestCounts since(RequestCounts earlier) {
    return new RequestCounts(
        sent - earlier.sent, retried - earlier.retried, throttled - earlier.throttled);
  }

  /**
   * A source that counts the requests it makes, e.g. the Battle.net client. Implementations are
   * thread-safe and their counts only grow.
   */
  @FunctionalInterface
  public interface Counter {

    /**
     * The requests made so far (since the source was made).
     *
     * @return the counts, never null
     */
    RequestCounts requestCounts();
  }
}
