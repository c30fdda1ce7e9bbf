package dev.guildsync.example;

import java.time.Instant;
import java.util.Objects;

/** What {@code /health} says: the outcome of the last run. Thread-safe. */
final class Health {
  /**
   * One state of the process.
   *
   * @param healthy whether the last run completed (or none has finished yet)
   * @param line one line for people, e.g. {@code ok: last run completed at ...}
   */
  record State(boolean healthy, String line) {
    State {
      Objects.requireNonNull(line, "line");
    }
  }

  private volatile State state = new State(true, "starting: no run has finished yet");

  State state() {
    return state;
  }

  void completed(Instant at) {
    state = new State(true, "ok: last run completed at " + at);
  }

  void failed(Instant at, String reason) {
    state = new State(false, "failing: last run failed at " + at + ": " + reason);
  }

  /**
   * The last run found Battle.net unavailable; the next one, a probe first, comes at {@code next}.
   */
  void unavailable(Instant at, String reason, Instant next) {
    state =
        new State(
            false,
            "unavailable: last run stopped at " + at + ": " + reason + "; next try at " + next);
  }
}
