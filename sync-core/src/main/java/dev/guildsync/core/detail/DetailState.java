package dev.guildsync.core.detail;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A detail's stored state, as a claim hands it out: what {@link DetailDueRule} and the next
 * conditional request need. Immutable.
 *
 * @param fetchedForLogin the character's last login the detail was last fetched under; empty when
 *     the login was unknown or the detail was never fetched successfully
 * @param lastModified the {@code Last-Modified} of its last successful fetch, to send next time
 * @param version the projection version it was stored with
 * @param outcome what its last fetch left
 */
public record DetailState(
    Optional<Instant> fetchedForLogin,
    Optional<String> lastModified,
    int version,
    DetailOutcome outcome) {
  /** Checks that no component is null. */
  public DetailState {
    Objects.requireNonNull(fetchedForLogin, "fetchedForLogin");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(outcome, "outcome");
  }
}
