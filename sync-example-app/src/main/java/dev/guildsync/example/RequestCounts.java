package dev.guildsync.example;

/** Battle.net requests of a run: sent, retried, throttled (HTTP 429). */
public record RequestCounts(long sent, long retried, long throttled) {
  public RequestCounts minus(RequestCounts before) {
    return new RequestCounts(
        sent - before.sent, retried - before.retried, throttled - before.throttled);
  }
}
