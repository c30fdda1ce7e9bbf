package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.Faction;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.simulator.SimulatorFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileMapperTest {
  private final ProfileMapper mapper = new ProfileMapper(ProfileJson.newMapper());

  private CharacterProfile map(String json) throws ProfileMapper.Invalid {
    return mapper.profile(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void mapsTheGuildedFixture() throws Exception {
    CharacterProfile p = map(SimulatorFixtures.read(SimulatorFixtures.GUILDED));
    assertThat(p)
        .isEqualTo(
            CharacterProfile.newBuilder()
                .id(BnetCharacterId.of(201337420))
                .name("Ærøn")
                .realmSlug("argent-dawn")
                .realmName("Argent Dawn")
                .level(80)
                .characterClass("Paladin")
                .race("Dwarf")
                .faction(Faction.ALLIANCE)
                .activeSpec("Protection")
                .guild(new ProfileGuild(BnetGuildId.of(115248327), "The Long Watch", "argent-dawn"))
                .achievementPoints(14230)
                .averageItemLevel(642)
                .equippedItemLevel(640)
                .lastLogin(Instant.ofEpochMilli(1763900000000L))
                .build());
  }

  @Test
  void absentGuildMeansGuildless() throws Exception {
    CharacterProfile p = map(SimulatorFixtures.read(SimulatorFixtures.GUILDLESS));
    assertThat(p.guild()).isEmpty();
    assertThat(p.name()).isEqualTo("Keniön");
    assertThat(p.faction()).contains(Faction.HORDE);
    assertThat(p.activeSpec()).contains("Fire");
  }

  @Test
  void specWithoutNameAndIdZeroIsNoSpec() throws Exception {
    CharacterProfile p = map(SimulatorFixtures.read(SimulatorFixtures.SPEC_WITHOUT_NAME));
    assertThat(p.activeSpec()).isEmpty();
    assertThat(p.faction()).contains(Faction.NEUTRAL);
    assertThat(p.name()).isEqualTo("Иванка");
    assertThat(p.lastLogin()).contains(Instant.ofEpochMilli(1762500000000L));
  }

  @Test
  void unknownFieldsAreIgnored() throws Exception {
    CharacterProfile p = map(SimulatorFixtures.read(SimulatorFixtures.UNKNOWN_FIELDS));
    assertThat(p.id()).isEqualTo(BnetCharacterId.of(3000000001L));
    assertThat(p.realmName()).isEqualTo("Pozzo dell'Eternità");
    assertThat(p.guild())
        .contains(new ProfileGuild(BnetGuildId.of(77001234), "I Guardiani", "pozzo-delleternita"));
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    assertThatThrownBy(() -> map("{\"name\":\"A\",\"realm\":{\"slug\":\"r\"}}"))
        .isInstanceOf(ProfileMapper.Invalid.class)
        .hasMessageContaining("'id'");
    assertThatThrownBy(() -> map("{\"id\":1,\"realm\":{\"slug\":\"r\"}}"))
        .hasMessageContaining("'name'");
    assertThatThrownBy(() -> map("{\"id\":1,\"name\":\"A\",\"realm\":{\"name\":\"R\"}}"))
        .hasMessageContaining("'realm.slug'");
    assertThatThrownBy(() -> map("{\"id\":1,\"name\":\"A\"}")).hasMessageContaining("'realm.slug'");
  }

  @Test
  void impossibleValuesAreRejectedNotCoerced() {
    String base = "{\"id\":1,\"name\":\"A\",\"realm\":{\"slug\":\"r\"},";
    assertThatThrownBy(() -> map(base + "\"guild\":{\"name\":\"G\"}}"))
        .hasMessageContaining("guild.id");
    assertThatThrownBy(() -> map(base + "\"faction\":{\"type\":\"PIRATE\"}}"))
        .hasMessageContaining("PIRATE");
    assertThatThrownBy(() -> map(base + "\"level\":-3}")).hasMessageContaining("level");
    assertThatThrownBy(() -> map(base + "\"level\":\"eighty\"}"))
        .hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> map("{\"id\":0,\"name\":\"A\",\"realm\":{\"slug\":\"r\"}}"))
        .hasMessageContaining("invalid value");
  }

  @Test
  void malformedTruncatedAndEmptyBodiesAreMalformed() {
    String fixture = SimulatorFixtures.read(SimulatorFixtures.GUILDED);
    assertThatThrownBy(() -> map(fixture.substring(0, fixture.length() / 2)))
        .hasMessageStartingWith("malformed JSON");
    assertThatThrownBy(() -> map("<html>oops</html>")).hasMessageStartingWith("malformed JSON");
    assertThatThrownBy(() -> map("")).hasMessageStartingWith("malformed JSON");
    assertThatThrownBy(() -> map("null")).hasMessageStartingWith("malformed JSON");
    assertThatThrownBy(() -> map(fixture + "}")).hasMessageStartingWith("malformed JSON");
  }

  @Test
  void statusNeedsIdAndIsValid() throws Exception {
    var status = mapper.status("{\"id\":7,\"is_valid\":false}".getBytes(StandardCharsets.UTF_8));
    assertThat(status.id()).isEqualTo(7L);
    assertThat(status.isValid()).isFalse();
    assertThatThrownBy(() -> mapper.status("{\"id\":7}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("is_valid");
    assertThat(Optional.of(status)).isPresent();
  }
}
