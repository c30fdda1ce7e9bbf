package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLink;
import dev.guildsync.core.claim.Claimed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Part of {@link CharacterStorePortContract}: a profile field Battle.net did not send means "did
 * not say", so the store keeps what it holds for it; a field it did send is written.
 */
public interface ProfileFieldsContract {
  /**
   * When the second profile is synced: a day after {@link CharacterStorePortContract#T0}. Spelt
   * out, since this interface is initialised before the class that implements it.
   */
  Instant LATER = Instant.parse("2026-11-25T10:00:00Z");

  /** The fixture of the test that is running. */
  StoreFixture fixture();

  @Test
  default void absentProfileFieldsKeepWhatIsStored() {
    StoredCharacter row = fullThen(ref -> TestProfiles.minimal(ref, 201337420L).build());

    assertThat(row.level()).contains(80);
    assertThat(row.characterClass()).contains("Paladin");
    assertThat(row.race()).contains("Dwarf");
    assertThat(row.faction()).contains(Faction.ALLIANCE);
    assertThat(row.achievementPoints()).contains(14230L);
    assertThat(row.averageItemLevel()).contains(642);
    assertThat(row.equippedItemLevel()).contains(640);
    assertThat(row.lastLogin()).contains(Instant.ofEpochMilli(1763900000000L));
    assertThat(row.lastSyncedAt()).contains(LATER);
  }

  @Test
  default void eachProfileFieldThatIsPresentIsWritten() {
    StoredCharacter row =
        fullThen(
            ref ->
                TestProfiles.minimal(ref, 201337420L)
                    .level(7)
                    .race("Gnome")
                    .achievementPoints(0)
                    .equippedItemLevel(1)
                    .build());

    assertThat(row.level()).contains(7);
    assertThat(row.race()).contains("Gnome");
    assertThat(row.achievementPoints()).contains(0L);
    assertThat(row.equippedItemLevel()).contains(1);
    assertThat(row.characterClass()).contains("Paladin");
    assertThat(row.faction()).contains(Faction.ALLIANCE);
    assertThat(row.averageItemLevel()).contains(642);
  }

  @Test
  default void aFirstProfileWithoutFieldsLeavesThemEmpty() {
    CharacterRef ref = new CharacterRef(Region.EU, "argent-dawn", "Keniön");
    CharacterKey key = fixture().addCharacter(ref);

    refresh(key, TestProfiles.minimal(ref, 7L).build(), CharacterStorePortContract.T0);

    StoredCharacter row = fixture().read(key);
    assertThat(row.level()).isEmpty();
    assertThat(row.characterClass()).isEmpty();
    assertThat(row.race()).isEmpty();
    assertThat(row.faction()).isEmpty();
    assertThat(row.achievementPoints()).isEmpty();
    assertThat(row.lastLogin()).isEmpty();
    assertThat(row.available()).isTrue();
  }

  /** Syncs a full profile at T0, then {@code next}'s profile a day later; the row after both. */
  private StoredCharacter fullThen(Function<CharacterRef, CharacterProfile> next) {
    CharacterRef ref = new CharacterRef(Region.EU, "argent-dawn", "Ærøn");
    CharacterKey key = fixture().addCharacter(ref);
    refresh(key, TestProfiles.guildless(ref, 201337420L), CharacterStorePortContract.T0);
    refresh(key, next.apply(ref), LATER);
    return fixture().read(key);
  }

  private void refresh(CharacterKey key, CharacterProfile profile, Instant at) {
    Claimed<DueCharacter> batch =
        fixture().store().claimDueCharacters(CharacterStorePortContract.dueAt(at, 100));
    assertThat(batch.items()).anySatisfy(due -> assertThat(due.key()).isEqualTo(key));
    fixture()
        .store()
        .saveCharacters(
            batch.lease(),
            List.of(
                new CharacterChange.Refreshed(
                    key, profile, new GuildLink.Guildless(), Optional.empty(), at)));
  }
}
