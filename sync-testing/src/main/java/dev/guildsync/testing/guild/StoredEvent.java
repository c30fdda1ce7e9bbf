package dev.guildsync.testing.guild;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.guild.MemberEventKind;
import java.time.Instant;

/** A {@code guild_member_events} row as a store holds it, for assertions in tests. */
public record StoredEvent(
    CharacterKey character, MemberEventKind kind, Instant occurredAt, String detail) {}
