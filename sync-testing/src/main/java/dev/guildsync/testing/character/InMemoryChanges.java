package dev.guildsync.testing.character;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.claim.CommonChange;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/** How {@link InMemoryCharacterStore} writes each kind of change onto a row, as SQL would. */
final class InMemoryChanges {
  private InMemoryChanges() {}

  /** The row after {@code change}; a dropped guild link is added to {@code dropped}. */
  static StoredCharacter apply(
      StoredCharacter c,
      CharacterChange change,
      Predicate<GuildKey> guildExists,
      Set<CharacterKey> dropped) {
    if (change instanceof CharacterChange.Refreshed r) {
      Optional<GuildKey> guild = r.link().guildKey();
      if (guild.isPresent() && !guildExists.test(guild.get())) {
        dropped.add(c.key());
        guild = Optional.empty();
      }
      CharacterProfile p = r.profile();
      return new StoredCharacter(
          c.key(),
          c.ref(),
          Optional.of(p.id()),
          guild,
          orStored(p.level(), c.level()),
          p.characterClass().or(c::characterClass),
          p.race().or(c::race),
          p.faction().or(c::faction),
          p.activeSpec(),
          p.achievementPoints().isPresent()
              ? Optional.of(p.achievementPoints().getAsLong())
              : c.achievementPoints(),
          orStored(p.averageItemLevel(), c.averageItemLevel()),
          orStored(p.equippedItemLevel(), c.equippedItemLevel()),
          p.lastLogin().or(c::lastLogin),
          true,
          Optional.of(r.syncedAt()),
          r.lastModified(),
          0,
          Optional.empty(),
          Optional.empty());
    }
    if (change instanceof CharacterChange.IdentityChanged i) {
      return withSyncState(c, false, i.syncedAt(), i.reason());
    }
    if (change instanceof CharacterChange.Validated) {
      return c.withSyncState(
          c.available(), c.lastSyncedAt(), 0, Optional.empty(), Optional.empty());
    }
    if (change instanceof CharacterChange.Invalidated i) {
      StoredCharacter marked =
          c.withSyncState(false, Optional.of(i.at()), 0, Optional.of(i.reason()), Optional.empty());
      return switch (i.policy()) {
        case PURGE -> marked.withProfileCleared();
        case KEEP, DELETE -> marked;
      };
    }
    CommonChange<CharacterKey> common = ((CharacterChange.Common) change).change();
    if (common instanceof CommonChange.Unchanged<CharacterKey> u) {
      return withSyncState(c, c.available(), u.syncedAt(), null);
    }
    if (common instanceof CommonChange.NotFound<CharacterKey> n) {
      return withSyncState(c, false, n.syncedAt(), null);
    }
    CommonChange.Failed<CharacterKey> f = (CommonChange.Failed<CharacterKey>) common;
    return c.withSyncState(
        c.available(),
        c.lastSyncedAt(),
        f.failureCount(),
        Optional.of(f.reason()),
        Optional.of(f.nextAttemptAt()));
  }

  /** The retention columns after {@code change}. */
  static RetentionColumns retention(RetentionColumns r, CharacterChange change) {
    if (change instanceof CharacterChange.Refreshed refreshed) {
      return RetentionColumns.validated(refreshed.syncedAt());
    }
    if (change instanceof CharacterChange.Common common
        && common.change() instanceof CommonChange.Unchanged<CharacterKey> unchanged) {
      return RetentionColumns.validated(unchanged.syncedAt());
    }
    if (change instanceof CharacterChange.Validated validated) {
      return RetentionColumns.validated(validated.validatedAt());
    }
    if (change instanceof CharacterChange.Invalidated i) {
      Optional<Instant> purgedAt =
          i.policy() == dev.guildsync.core.character.RetentionPolicy.PURGE
              ? Optional.of(i.at())
              : r.purgedAt();
      return new RetentionColumns(r.lastValidatedAt(), Optional.of(i.at()), purgedAt);
    }
    return r;
  }

  /** What Battle.net said, or what is stored when it did not say. */
  private static Optional<Integer> orStored(OptionalInt fetched, Optional<Integer> stored) {
    return fetched.isPresent() ? Optional.of(fetched.getAsInt()) : stored;
  }

  /** Moves the sync time and clears the failure state; {@code lastError} may be null. */
  private static StoredCharacter withSyncState(
      StoredCharacter c, boolean available, Instant syncedAt, String lastError) {
    return c.withSyncState(
        available, Optional.of(syncedAt), 0, Optional.ofNullable(lastError), Optional.empty());
  }
}
