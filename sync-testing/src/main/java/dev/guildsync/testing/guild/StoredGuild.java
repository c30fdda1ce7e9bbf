package dev.guildsync.testing.guild;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.Faction;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** A guild row as a store holds it, for assertions in tests. */
public record StoredGuild(
    GuildKey key,
    Region region,
    String realmSlug,
    String name,
    Optional<BnetGuildId> bnetGuildId,
    Optional<Faction> faction,
    OptionalInt memberCount,
    Optional<CharacterKey> leader,
    boolean available,
    Optional<Instant> lastSyncedAt,
    Optional<String> lastModified,
    int failureCount,
    Optional<String> lastError,
    Optional<Instant> nextAttemptAt) {
  public StoredGuild {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(region, "region");
  }
}
