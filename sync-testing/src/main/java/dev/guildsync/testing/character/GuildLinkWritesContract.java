package dev.guildsync.testing.character;

import static dev.guildsync.testing.character.CharacterContractSteps.AERON;
import static dev.guildsync.testing.character.CharacterContractSteps.T0;
import static dev.guildsync.testing.character.CharacterContractSteps.claim;
import static dev.guildsync.testing.character.CharacterContractSteps.profileInGuild;
import static dev.guildsync.testing.character.CharacterContractSteps.ref;
import static dev.guildsync.testing.character.CharacterContractSteps.syncedCharacterLinkedTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.Faction;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLink;
import dev.guildsync.core.claim.Claimed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Part of {@link CharacterStorePortContract}: a refresh writes the profile and the local guild key,
 * never a dangling one, and NULL for an untracked guild or none.
 */
public interface GuildLinkWritesContract {
  /** The fixture of the test that is running. */
  StoreFixture fixture();

  @Test
  default void refreshedWritesTheProfileAndTheLocalGuildKey() {
    GuildKey guild =
        fixture().addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");

    CharacterKey key = syncedCharacterLinkedTo(fixture(), guild);

    StoredCharacter row = fixture().read(key);
    assertThat(row.ref()).isEqualTo(AERON);
    assertThat(row.bnetCharacterId()).contains(BnetCharacterId.of(201337420L));
    assertThat(row.guild()).contains(guild);
    assertThat(row.level()).contains(80);
    assertThat(row.characterClass()).contains("Paladin");
    assertThat(row.race()).contains("Dwarf");
    assertThat(row.faction()).contains(Faction.ALLIANCE);
    assertThat(row.activeSpec()).contains("Protection");
    assertThat(row.achievementPoints()).contains(14230L);
    assertThat(row.averageItemLevel()).contains(642);
    assertThat(row.equippedItemLevel()).contains(640);
    assertThat(row.lastLogin()).contains(Instant.ofEpochMilli(1763900000000L));
    assertThat(row.available()).isTrue();
    assertThat(row.lastSyncedAt()).contains(T0);
    assertThat(row.lastModified()).contains("Mon, 23 Nov 2026 10:00:00 GMT");
    assertThat(row.failureCount()).isZero();
    assertThat(row.lastError()).isEmpty();
    assertThat(row.nextAttemptAt()).isEmpty();
  }

  @Test
  default void aLinkToAGuildDeletedBeforeTheWriteIsWrittenAsNullAndReported() {
    GuildKey guild =
        fixture().addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey key = fixture().addCharacter(AERON);
    Claimed<DueCharacter> batch = claim(fixture(), T0);
    CharacterProfile profile = profileInGuild(AERON, 115248327);
    fixture().deleteGuild(guild);

    CharacterSaveResult result =
        fixture()
            .store()
            .saveCharacters(
                batch.lease(),
                List.of(
                    new CharacterChange.Refreshed(
                        key,
                        profile,
                        new GuildLink.Linked(guild, profile.guild().orElseThrow()),
                        Optional.empty(),
                        T0)));

    assertThat(result.guildLinksDropped()).containsExactly(key);
    assertThat(fixture().read(key).guild()).isEmpty();
    assertThat(fixture().read(key).level()).contains(80);
  }

  @Test
  default void deletingALinkedGuildAfterTheWriteLeavesNoDanglingKey() {
    GuildKey guild =
        fixture().addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey key = syncedCharacterLinkedTo(fixture(), guild);

    fixture().deleteGuild(guild);

    assertThat(fixture().read(key).guild()).isEmpty();
    assertThat(fixture().read(key).level()).contains(80);
  }

  @Test
  default void untrackedAndGuildlessLinksWriteNull() {
    GuildKey guild =
        fixture().addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey linked = syncedCharacterLinkedTo(fixture(), guild);
    CharacterKey other = fixture().addCharacter(ref("Keniön"));
    Instant later = T0.plus(Duration.ofDays(1));
    Claimed<DueCharacter> batch = claim(fixture(), later);
    CharacterProfile untracked = profileInGuild(ref("Keniön"), 999);

    CharacterSaveResult result =
        fixture()
            .store()
            .saveCharacters(
                batch.lease(),
                List.of(
                    new CharacterChange.Refreshed(
                        linked,
                        TestProfiles.guildless(AERON, 201337420L),
                        new GuildLink.Guildless(),
                        Optional.empty(),
                        later),
                    new CharacterChange.Refreshed(
                        other,
                        untracked,
                        new GuildLink.Untracked(untracked.guild().orElseThrow()),
                        Optional.empty(),
                        later)));

    assertThat(result).isEqualTo(CharacterSaveResult.clean());
    assertThat(fixture().read(linked).guild()).isEmpty();
    assertThat(fixture().read(other).guild()).isEmpty();
    assertThat(fixture().read(linked).lastModified()).isEmpty();
  }
}
