package dev.guildsync.testing.guild;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.Faction;
import dev.guildsync.core.claim.SyncState;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildSlug;
import dev.guildsync.core.guild.TrackedGuild;
import dev.guildsync.testing.character.InMemoryGuilds;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A guild row's columns beyond the contract's first five, mutable under the store's lock. The fake
 * derives the guild slug from the name, which the rules do too.
 */
final class GuildColumns {
  Optional<Faction> faction = Optional.empty();
  OptionalInt memberCount = OptionalInt.empty();
  Optional<CharacterKey> leader = Optional.empty();
  boolean available = true;
  Optional<Instant> lastSyncedAt = Optional.empty();
  Optional<String> lastModified = Optional.empty();
  int failureCount;
  Optional<String> lastError = Optional.empty();
  Optional<Instant> nextAttemptAt = Optional.empty();
  Optional<UUID> leaseId = Optional.empty();
  Optional<Instant> leaseUntil = Optional.empty();

  /** Moves the sync time and clears the failure state; {@code error} may be empty. */
  void synced(Instant at, Optional<String> error) {
    lastSyncedAt = Optional.of(at);
    failureCount = 0;
    lastError = error;
    nextAttemptAt = Optional.empty();
  }

  /** G8: available, never synced, no failure state, no claim. */
  void followed() {
    available = true;
    lastSyncedAt = Optional.empty();
    lastModified = Optional.empty();
    failureCount = 0;
    lastError = Optional.empty();
    nextAttemptAt = Optional.empty();
    leaseId = Optional.empty();
    leaseUntil = Optional.empty();
  }

  TrackedGuild toTracked(InMemoryGuilds.Guild g) {
    return new TrackedGuild(
        g.key(),
        new GuildRef(g.region(), g.realm(), GuildSlug.fromName(g.name())),
        g.name(),
        g.bnetGuildId(),
        faction,
        memberCount,
        leader,
        new SyncState(available, lastSyncedAt, lastModified, failureCount));
  }

  StoredGuild toStored(InMemoryGuilds.Guild g) {
    return new StoredGuild(
        g.key(),
        g.region(),
        g.realm(),
        g.name(),
        g.bnetGuildId(),
        faction,
        memberCount,
        leader,
        available,
        lastSyncedAt,
        lastModified,
        failureCount,
        lastError,
        nextAttemptAt);
  }
}
