package dev.guildsync.core.detail;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * D2, as a pure rule: a detail is fetched after a login, not on a timer. It is due when
 *
 * <ul>
 *   <li>it was never fetched (a newly enabled detail is filled in at the next profile check);
 *   <li>its stored projection has another version than the current one;
 *   <li>its last fetch failed (it stays due, at the character's own pace);
 *   <li>the character's last login is known and newer than the login it was fetched under.
 * </ul>
 *
 * <p>An unknown last login never makes a fetched detail due: without a login there is nothing to
 * refresh it for. The caller asks only after a profile 200 or 304 under the recorded id (D3).
 */
public final class DetailDueRule {
  private DetailDueRule() {}

  /**
   * Whether {@code detail} is due.
   *
   * @param detail the detail
   * @param stored its stored state; empty when never fetched
   * @param lastLogin the character's last login as now known (the profile just fetched, or the
   *     stored one after a 304); empty when unknown
   */
  public static boolean isDue(
      CharacterDetail detail, Optional<DetailState> stored, Optional<Instant> lastLogin) {
    if (stored.isEmpty()) {
      return true;
    }
    DetailState state = stored.get();
    if (state.version() != detail.version() || state.outcome() == DetailOutcome.FAILED) {
      return true;
    }
    return lastLogin.isPresent()
        && (state.fetchedForLogin().isEmpty()
            || lastLogin.get().isAfter(state.fetchedForLogin().get()));
  }

  /**
   * The details of {@code enabled} that are due.
   *
   * @param enabled the details the service syncs
   * @param stored each detail's stored state; a missing one was never fetched
   * @param lastLogin the character's last login as now known; empty when unknown
   * @return the due details, a new mutable set
   */
  public static Set<CharacterDetail> due(
      Set<CharacterDetail> enabled,
      Map<CharacterDetail, DetailState> stored,
      Optional<Instant> lastLogin) {
    Set<CharacterDetail> due = EnumSet.noneOf(CharacterDetail.class);
    for (CharacterDetail detail : enabled) {
      if (isDue(detail, Optional.ofNullable(stored.get(detail)), lastLogin)) {
        due.add(detail);
      }
    }
    return due;
  }
}
