package dev.guildsync.testing.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.guild.CharacterFromRoster;
import dev.guildsync.testing.character.StoredCharacter;
import java.time.Instant;
import java.util.Optional;

/** Character rows as the guild sync writes them; the one place that spells out every column. */
public final class RosterCharacterRows {
  private RosterCharacterRows() {}

  /** A character row with an identity, a sync time and a guild link, as a test sets one up. */
  public static StoredCharacter known(
      CharacterKey key,
      CharacterRef ref,
      Optional<BnetCharacterId> id,
      Optional<Instant> lastSyncedAt,
      Optional<GuildKey> guild) {
    StoredCharacter fresh = StoredCharacter.fresh(key, ref);
    return copy(fresh, ref, id, fresh.level(), fresh.characterClass(), fresh.race(), guild)
        .withSyncState(true, lastSyncedAt, 0, Optional.empty(), Optional.empty());
  }

  /** {@code row} under another region, realm and name. */
  public static StoredCharacter renamed(StoredCharacter row, CharacterRef to) {
    return copy(
        row, to, row.bnetCharacterId(), row.level(), row.characterClass(), row.race(), row.guild());
  }

  /** {@code row} with the identity and columns a roster member gives it (G2). */
  public static StoredCharacter fromRoster(StoredCharacter row, CharacterFromRoster member) {
    return copy(
        row,
        row.ref(),
        Optional.of(member.id()),
        Optional.of(member.level()),
        Optional.of(member.className()),
        Optional.of(member.raceName()),
        row.guild());
  }

  /** {@code row} marked identity changed: unavailable, with the reason; data kept. */
  public static StoredCharacter identityChanged(StoredCharacter row, BnetCharacterId nowHeldBy) {
    return row.withSyncState(
        false,
        row.lastSyncedAt(),
        row.failureCount(),
        Optional.of("identity changed: the name now belongs to Battle.net character " + nowHeldBy),
        row.nextAttemptAt());
  }

  private static StoredCharacter copy(
      StoredCharacter r,
      CharacterRef ref,
      Optional<BnetCharacterId> id,
      Optional<Integer> level,
      Optional<String> characterClass,
      Optional<String> race,
      Optional<GuildKey> guild) {
    return new StoredCharacter(
        r.key(),
        ref,
        id,
        guild,
        level,
        characterClass,
        race,
        r.faction(),
        r.activeSpec(),
        r.achievementPoints(),
        r.averageItemLevel(),
        r.equippedItemLevel(),
        r.lastLogin(),
        r.available(),
        r.lastSyncedAt(),
        r.lastModified(),
        r.failureCount(),
        r.lastError(),
        r.nextAttemptAt());
  }
}
