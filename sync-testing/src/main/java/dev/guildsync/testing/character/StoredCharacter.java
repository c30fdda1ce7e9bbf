package dev.guildsync.testing.character;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.GuildKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A character row as a store holds it, for assertions in tests. Every column a {@link
 * dev.guildsync.core.character.CharacterChange} may write is here, so a test can check that a
 * change wrote exactly what it should and kept everything else.
 */
public record StoredCharacter(
    CharacterKey key,
    CharacterRef ref,
    Optional<BnetCharacterId> bnetCharacterId,
    Optional<GuildKey> guild,
    Optional<Integer> level,
    Optional<String> characterClass,
    Optional<String> race,
    Optional<Faction> faction,
    Optional<String> activeSpec,
    Optional<Long> achievementPoints,
    Optional<Integer> averageItemLevel,
    Optional<Integer> equippedItemLevel,
    Optional<Instant> lastLogin,
    boolean available,
    Optional<Instant> lastSyncedAt,
    Optional<String> lastModified,
    int failureCount,
    Optional<String> lastError,
    Optional<Instant> nextAttemptAt) {

  public StoredCharacter {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(ref, "ref");
  }

  /** A row holding only the contract columns, as an application would insert it. */
  public static StoredCharacter fresh(CharacterKey key, CharacterRef ref) {
    return new StoredCharacter(
        key,
        ref,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        true,
        Optional.empty(),
        Optional.empty(),
        0,
        Optional.empty(),
        Optional.empty());
  }

  /** This row with another {@code guild_id}. */
  public StoredCharacter withGuild(Optional<GuildKey> newGuild) {
    return new StoredCharacter(
        key,
        ref,
        bnetCharacterId,
        newGuild,
        level,
        characterClass,
        race,
        faction,
        activeSpec,
        achievementPoints,
        averageItemLevel,
        equippedItemLevel,
        lastLogin,
        available,
        lastSyncedAt,
        lastModified,
        failureCount,
        lastError,
        nextAttemptAt);
  }

  /** This row with other sync-state columns and the same data. */
  public StoredCharacter withSyncState(
      boolean newAvailable,
      Optional<Instant> newLastSyncedAt,
      int newFailureCount,
      Optional<String> newLastError,
      Optional<Instant> newNextAttemptAt) {
    return new StoredCharacter(
        key,
        ref,
        bnetCharacterId,
        guild,
        level,
        characterClass,
        race,
        faction,
        activeSpec,
        achievementPoints,
        averageItemLevel,
        equippedItemLevel,
        lastLogin,
        newAvailable,
        newLastSyncedAt,
        lastModified,
        newFailureCount,
        newLastError,
        newNextAttemptAt);
  }

  /**
   * This row as Blizzard's retention rule purges it: every column that came from Battle.net cleared
   * but the Battle.net id (the tombstone's identity); sync state as it was.
   */
  public StoredCharacter withProfileCleared() {
    StoredCharacter empty = fresh(key, ref);
    return new StoredCharacter(
        key,
        ref,
        bnetCharacterId,
        empty.guild,
        empty.level,
        empty.characterClass,
        empty.race,
        empty.faction,
        empty.activeSpec,
        empty.achievementPoints,
        empty.averageItemLevel,
        empty.equippedItemLevel,
        empty.lastLogin,
        available,
        lastSyncedAt,
        empty.lastModified,
        failureCount,
        lastError,
        nextAttemptAt);
  }

  /** Only the profile columns, for "data kept" assertions. */
  public ProfileColumns profileColumns() {
    return new ProfileColumns(
        bnetCharacterId,
        guild,
        level,
        characterClass,
        race,
        faction,
        activeSpec,
        achievementPoints,
        averageItemLevel,
        equippedItemLevel,
        lastLogin,
        lastModified);
  }

  /** The data columns of a row: what not-found, identity-changed and failed outcomes must keep. */
  public record ProfileColumns(
      Optional<BnetCharacterId> bnetCharacterId,
      Optional<GuildKey> guild,
      Optional<Integer> level,
      Optional<String> characterClass,
      Optional<String> race,
      Optional<Faction> faction,
      Optional<String> activeSpec,
      Optional<Long> achievementPoints,
      Optional<Integer> averageItemLevel,
      Optional<Integer> equippedItemLevel,
      Optional<Instant> lastLogin,
      Optional<String> lastModified) {}
}
