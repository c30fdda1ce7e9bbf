package dev.guildsync.core.detail;

import dev.guildsync.core.CharacterKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One detail of one character, as a store must write it with its character's change (D5): one
 * {@code character_details} row, plus for a fetched detail what it feeds elsewhere (Mythic+ rating
 * and colour, toy hash, raid progress rows). Immutable.
 *
 * <ul>
 *   <li>{@link DetailFetch#FETCHED}: {@code data}, {@code last_modified}, {@code
 *       fetched_for_login}, {@code fetched_at}, {@code version}, outcome {@code found}; the derived
 *       columns and rows.
 *   <li>{@link DetailFetch#NOT_MODIFIED}: {@code fetched_for_login}, {@code fetched_at}, outcome
 *       {@code found}; the data is kept.
 *   <li>{@link DetailFetch#ABSENT}: {@code fetched_for_login}, {@code fetched_at}, {@code version},
 *       outcome {@code absent}, {@code last_modified} cleared; the data is kept when {@link
 *       CharacterDetail#keptWhenAbsent()}, else cleared with its derived columns (NULL rating, NULL
 *       toy hash, no professions).
 *   <li>{@link DetailFetch#FAILED}: outcome {@code failed} and the reason; everything else kept (a
 *       detail never fetched gets a row with no data), so it stays due.
 * </ul>
 *
 * @param key the character
 * @param detail which detail
 * @param fetch how its fetch went
 * @param fetchedForLogin the character's last login it was fetched under; empty when unknown
 * @param lastModified the answer's {@code Last-Modified}, for {@code FETCHED}
 * @param fetchedAt when it was fetched
 * @param data the projection: present exactly for {@code FETCHED}
 * @param reason why it failed: present exactly for {@code FAILED}
 */
public record DetailUpdate(
    CharacterKey key,
    CharacterDetail detail,
    DetailFetch fetch,
    Optional<Instant> fetchedForLogin,
    Optional<String> lastModified,
    Instant fetchedAt,
    Optional<DetailData> data,
    Optional<String> reason) {
  /**
   * @throws IllegalArgumentException when the data is not there for exactly a fetched detail, is
   *     another detail's, or a reason is not there for exactly a failed one
   */
  public DetailUpdate {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(fetchedForLogin, "fetchedForLogin");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(reason, "reason");
    if (data.isPresent() != (fetch == DetailFetch.FETCHED)) {
      throw new IllegalArgumentException("data goes with a fetched detail only: " + fetch);
    }
    if (data.isPresent() && data.get().detail() != detail) {
      throw new IllegalArgumentException(data.get().detail() + " data for " + detail);
    }
    if (reason.isPresent() != (fetch == DetailFetch.FAILED)) {
      throw new IllegalArgumentException("a reason goes with a failed detail only: " + fetch);
    }
  }

  /** The outcome stored for this update. */
  public DetailOutcome outcome() {
    return switch (fetch) {
      case FETCHED, NOT_MODIFIED -> DetailOutcome.FOUND;
      case ABSENT -> DetailOutcome.ABSENT;
      case FAILED -> DetailOutcome.FAILED;
    };
  }

  /** The state a claim hands out after this update, given the state before it (if any). */
  public DetailState stateAfter(Optional<DetailState> before) {
    return switch (fetch) {
      case FETCHED -> new DetailState(fetchedForLogin, lastModified, detail.version(), outcome());
      case NOT_MODIFIED ->
          new DetailState(
              fetchedForLogin,
              before.flatMap(DetailState::lastModified),
              before.map(DetailState::version).orElse(detail.version()),
              outcome());
      case ABSENT ->
          new DetailState(fetchedForLogin, Optional.empty(), detail.version(), outcome());
      case FAILED ->
          new DetailState(
              before.flatMap(DetailState::fetchedForLogin),
              before.flatMap(DetailState::lastModified),
              before.map(DetailState::version).orElse(detail.version()),
              outcome());
    };
  }
}
