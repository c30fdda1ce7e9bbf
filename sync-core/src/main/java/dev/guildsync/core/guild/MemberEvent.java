package dev.guildsync.core.guild;

import java.time.Instant;
import java.util.Objects;

/**
 * A {@code guild_member_events} row to insert.
 *
 * @param character the member
 * @param kind what happened
 * @param occurredAt when the sync saw it
 * @param detail {@code "5 -> 3"} for a rank change, {@code "Old@realm -> New@realm"} for a rename,
 *     empty otherwise
 */
public record MemberEvent(
    MemberCharacter character, MemberEventKind kind, Instant occurredAt, String detail) {
  public MemberEvent {
    Objects.requireNonNull(character, "character");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(detail, "detail");
  }
}
