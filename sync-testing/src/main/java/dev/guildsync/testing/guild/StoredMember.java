package dev.guildsync.testing.guild;

import dev.guildsync.core.CharacterKey;
import java.time.Instant;
import java.util.Optional;

/** A {@code guild_members} row as a store holds it, for assertions in tests. */
public record StoredMember(
    CharacterKey character,
    int rank,
    Instant joinedAt,
    Optional<Instant> leftAt,
    int missedRosters) {}
