package dev.guildsync.core.guild;

import java.util.Locale;

/** What happened to a member, as {@code guild_member_events.kind} records it. */
public enum MemberEventKind {
  /** First seen in the guild. */
  JOINED,
  /** Missing from the configured number of consecutive rosters. */
  LEFT,
  /** Back after a recorded leave. */
  REJOINED,
  /** Another rank; the detail is {@code "old -> new"}. */
  RANK_CHANGED,
  /** Another name or realm slug under the same Battle.net id. */
  RENAMED;

  /** The stored value, e.g. {@code rank_changed}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
