package dev.guildsync.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.character.CharacterProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainTest {

  @Test
  void regionsParseIgnoringCase() {
    assertThat(Region.parse("EU")).isEqualTo(Region.EU);
    assertThat(Region.parse(" us ")).isEqualTo(Region.US);
    assertThat(Region.parse("Tw")).isEqualTo(Region.TW);
    assertThat(Region.CN.code()).isEqualTo("cn");
  }

  @Test
  void anUnknownRegionIsRejectedByName() {
    assertThatThrownBy(() -> Region.parse("oce"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown region \"oce\": expected one of us, eu, kr, tw, cn");
  }

  @Test
  void idsMustBePositive() {
    assertThatThrownBy(() -> BnetGuildId.of(0)).hasMessageContaining("BnetGuildId");
    assertThatThrownBy(() -> GuildKey.of(-5)).hasMessageContaining("-5");
    assertThat(GuildKey.of(5)).isEqualTo(new GuildKey(5)).isNotEqualTo(BnetGuildId.of(5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ærøn", "Keniön", "Ðrakh", "Иванка", "하늘", "A"})
  void realNamesAreAccepted(String name) {
    assertThat(new CharacterRef(Region.EU, "argent-dawn", name).name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a/b",
        "a\\b",
        "a?b",
        "a#b",
        "a%2Fb",
        "..",
        ".",
        "a..b",
        "a\nb",
        "a\u0000b",
        "a\u202eb",
        "",
        " "
      })
  void namesThatCouldChangeTheRequestPathAreRejected(String name) {
    assertThatThrownBy(() -> new CharacterRef(Region.EU, "argent-dawn", name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("character name must");
  }

  @Test
  void unsafeRealmSlugsAreRejected() {
    assertThatThrownBy(() -> new CharacterRef(Region.EU, "../admin", "Aeron"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("realm slug");
  }

  @Test
  void namesOver64CharactersAreRejected() {
    String sixtyFour = "ä".repeat(64);
    assertThat(new CharacterRef(Region.EU, "argent-dawn", sixtyFour).name()).hasSize(64);
    assertThatThrownBy(() -> new CharacterRef(Region.EU, "argent-dawn", sixtyFour + "x"))
        .hasMessageContaining("at most 64");
  }

  @Test
  void controlCharactersAreEscapedInMessages() {
    assertThatThrownBy(() -> new CharacterRef(Region.EU, "argent-dawn", "evil\nline"))
        .hasMessageContaining("\\u000a")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void profilesRejectNegativeNumbers() {
    CharacterProfile.Builder builder =
        CharacterProfile.newBuilder().id(BnetCharacterId.of(1)).name("A").realmSlug("r");
    assertThat(builder.build().guild()).isEmpty();
    assertThatThrownBy(() -> builder.level(-1).build()).hasMessageContaining("level");
  }

  @Test
  void aLoneDotIsRejectedAsANameAndAsARealmSlug() {
    assertThatThrownBy(() -> new CharacterRef(Region.EU, "argent-dawn", "."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("character name must not be '.': \".\"");
    assertThatThrownBy(() -> new CharacterRef(Region.EU, ".", "Aeron"))
        .hasMessageStartingWith("realm slug must not be '.'");
    assertThat(new CharacterRef(Region.EU, "argent-dawn", "Mr.Dot").name()).isEqualTo("Mr.Dot");
  }

  @Test
  void factionsParseBattleNetTypes() {
    assertThat(Faction.parse("HORDE")).isEqualTo(Faction.HORDE);
    assertThatThrownBy(() -> Faction.parse("SCOURGE")).hasMessageContaining("SCOURGE");
  }
}
