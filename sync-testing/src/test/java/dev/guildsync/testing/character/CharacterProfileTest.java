package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.ProfileGuild;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A profile holds only values a store can keep, and absent fields stay absent. */
class CharacterProfileTest {
  private static final CharacterRef AERON = new CharacterRef(Region.EU, "argent-dawn", "Ærøn");

  /** The longest text a profile holds, as its Javadoc promises (the core's internal limit). */
  private static final int MAX_TEXT = 256;

  private static CharacterProfile.Builder minimal() {
    return TestProfiles.minimal(AERON, 201337420L);
  }

  @Test
  void fieldsNotSetAreAbsentNotZeroOrBlank() {
    CharacterProfile p = minimal().build();
    assertThat(p.level()).isEqualTo(OptionalInt.empty());
    assertThat(p.characterClass()).isEmpty();
    assertThat(p.race()).isEmpty();
    assertThat(p.faction()).isEmpty();
    assertThat(p.achievementPoints()).isEqualTo(OptionalLong.empty());
    assertThat(p.averageItemLevel()).isEqualTo(OptionalInt.empty());
    assertThat(p.equippedItemLevel()).isEqualTo(OptionalInt.empty());
    assertThat(p.lastLogin()).isEmpty();
    assertThat(p.toBuilder().build()).isEqualTo(p);
  }

  @Test
  void toBuilderKeepsEveryField() {
    CharacterProfile full = TestProfiles.inGuild(AERON, 201337420L, 115248327L);
    assertThat(full.toBuilder().build()).isEqualTo(full);
    assertThat(full.level()).hasValue(80);
  }

  @Test
  void aNulInAnyTextIsRejectedWithoutRepeatingTheValue() {
    String poison = "Pal\u0000adin";
    assertThatThrownBy(() -> minimal().characterClass(poison))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("characterClass contains a NUL character (\\u0000) at index 3");
    assertThatThrownBy(() -> minimal().race(poison)).hasMessageStartingWith("race contains a NUL");
    assertThatThrownBy(() -> minimal().activeSpec(poison)).hasMessageStartingWith("activeSpec");
    assertThatThrownBy(() -> minimal().realmName(poison)).hasMessageStartingWith("realmName");
    assertThatThrownBy(() -> minimal().name(poison)).hasMessageStartingWith("name contains");
    assertThatThrownBy(() -> minimal().realmSlug(poison)).hasMessageStartingWith("realmSlug");
    assertThatThrownBy(() -> new ProfileGuild(BnetGuildId.of(1), poison, "argent-dawn"))
        .hasMessageStartingWith("guild name contains a NUL");
    assertThatThrownBy(
            () ->
                new CharacterProfile(
                    BnetCharacterId.of(1),
                    "A",
                    "r",
                    "",
                    OptionalInt.empty(),
                    Optional.of(poison),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    OptionalLong.empty(),
                    OptionalInt.empty(),
                    OptionalInt.empty(),
                    Optional.empty()))
        .hasMessageStartingWith("characterClass contains a NUL");
  }

  @Test
  void absurdlyLongTextIsRejected() {
    assertThat(minimal().race("x".repeat(MAX_TEXT)).build().race()).isPresent();
    assertThatThrownBy(() -> minimal().race("x".repeat(MAX_TEXT + 1)))
        .hasMessage("race is 257 characters long, more than 256");
    assertThatThrownBy(() -> new ProfileGuild(BnetGuildId.of(1), "G", "r".repeat(100_000)))
        .hasMessageStartingWith("guild realmSlug is 100000 characters long");
  }

  @Test
  void aLastLoginOutsideTheStorableRangeIsRejected() {
    assertThat(minimal().lastLogin(Instant.ofEpochMilli(1763900000000L)).build().lastLogin())
        .isPresent();
    assertThatThrownBy(() -> minimal().lastLogin(Instant.ofEpochMilli(Long.MAX_VALUE)))
        .hasMessageStartingWith("lastLogin must be between 1970-01-01T00:00:00Z and");
    assertThatThrownBy(() -> minimal().lastLogin(Instant.ofEpochSecond(-1)))
        .hasMessageStartingWith("lastLogin must be between");
  }

  @Test
  void negativeNumbersAreRejectedAtTheSetter() {
    assertThatThrownBy(() -> minimal().level(-1)).hasMessage("level must not be negative: -1");
    assertThatThrownBy(() -> minimal().achievementPoints(-5))
        .hasMessageContaining("achievementPoints");
    assertThatThrownBy(() -> minimal().averageItemLevel(-5))
        .hasMessageContaining("averageItemLevel");
    assertThatThrownBy(() -> minimal().equippedItemLevel(-5))
        .hasMessageContaining("equippedItemLevel");
  }
}
