package dev.guildsync.testing.character;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.ProfileGuild;
import java.time.Instant;

/** Realistic profiles for tests. */
public final class TestProfiles {
  private TestProfiles() {}

  /** A level 80 paladin named like {@code ref}, in no guild. */
  public static CharacterProfile.Builder profile(CharacterRef ref, long bnetCharacterId) {
    return CharacterProfile.newBuilder()
        .id(BnetCharacterId.of(bnetCharacterId))
        .name(ref.name())
        .realmSlug(ref.realmSlug())
        .realmName("Argent Dawn")
        .level(80)
        .characterClass("Paladin")
        .race("Dwarf")
        .faction(Faction.ALLIANCE)
        .activeSpec("Protection")
        .achievementPoints(14230)
        .averageItemLevel(642)
        .equippedItemLevel(640)
        .lastLogin(Instant.ofEpochMilli(1763900000000L));
  }

  /**
   * A profile with only the required fields (id, name, realm slug): every optional field absent, as
   * when Battle.net did not say.
   */
  public static CharacterProfile.Builder minimal(CharacterRef ref, long bnetCharacterId) {
    return CharacterProfile.newBuilder()
        .id(BnetCharacterId.of(bnetCharacterId))
        .name(ref.name())
        .realmSlug(ref.realmSlug());
  }

  /** The same, in the Battle.net guild {@code bnetGuildId}. */
  public static CharacterProfile inGuild(CharacterRef ref, long bnetCharacterId, long bnetGuildId) {
    return profile(ref, bnetCharacterId)
        .guild(
            new ProfileGuild(BnetGuildId.of(bnetGuildId), "Guild " + bnetGuildId, ref.realmSlug()))
        .build();
  }

  /** The same, in no guild. */
  public static CharacterProfile guildless(CharacterRef ref, long bnetCharacterId) {
    return profile(ref, bnetCharacterId).build();
  }
}
