package dev.guildsync.spring;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * {@code guildsync.sync.every} is set, but the Battle.net credentials it needs are not: the
 * application stops at startup rather than run a schedule that can never sync. {@link
 * MissingCredentialsFailureAnalyzer} turns it into Spring Boot's failure report.
 */
final class MissingCredentialsException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final List<String> missing;
  private final Duration every;

  MissingCredentialsException(List<String> missing, Duration every) {
    super(
        "guildsync.sync.every="
            + every
            + " needs the Battle.net credentials, but "
            + String.join(" and ", missing)
            + (missing.size() == 1 ? " is" : " are")
            + " not set");
    this.missing = List.copyOf(missing);
    this.every = Objects.requireNonNull(every, "every");
  }

  /** The properties that are not set, e.g. {@code guildsync.battlenet.client-id}. */
  List<String> missing() {
    return missing;
  }

  Duration every() {
    return every;
  }
}
