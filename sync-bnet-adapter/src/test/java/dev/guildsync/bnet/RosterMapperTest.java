package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.RosterMember;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Roster bodies as Battle.net sends them, from recorded shapes, to core rosters. */
class RosterMapperTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final RosterMapper mapper = new RosterMapper(ProfileJson.newMapper());

  static String fixture(String name) {
    try (InputStream in = RosterMapperTest.class.getResourceAsStream("fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  GuildRoster map(String text) throws ProfileMapper.Invalid {
    return mapper.roster(text.getBytes(StandardCharsets.UTF_8), Region.EU);
  }

  /** The full fixture, edited. */
  GuildRoster map(Consumer<ObjectNode> edit) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(fixture("roster.json"));
    edit.accept(root);
    return map(JSON.writeValueAsString(root));
  }

  static ObjectNode member(ObjectNode root, int index) {
    return (ObjectNode) root.get("members").get(index);
  }

  @Test
  void aRecordedShapeRosterMapsTheGuildAndEveryMember() throws Exception {
    GuildRoster roster = map(fixture("roster.json"));

    assertThat(roster.id()).isEqualTo(BnetGuildId.of(115248327));
    assertThat(roster.name()).isEqualTo("The Long Watch");
    assertThat(roster.realmSlug()).isEqualTo("argent-dawn");
    assertThat(roster.faction()).contains(Faction.ALLIANCE);
    assertThat(roster.members()).hasSize(8);
    assertThat(roster.members().get(0))
        .isEqualTo(
            new RosterMember(
                BnetCharacterId.of(201337420),
                new CharacterRef(Region.EU, "argent-dawn", "Ærøn"),
                80,
                2,
                3,
                0));
  }

  @Test
  void connectedRealmMembersKeepTheirOwnRealm() throws Exception {
    GuildRoster roster = map(fixture("roster.json"));
    assertThat(roster.members())
        .extracting(m -> m.character().realmSlug())
        .containsExactly(
            "argent-dawn",
            "argent-dawn",
            "argent-dawn",
            "argent-dawn",
            "the-sha-tar",
            "earthen-ring",
            "argent-dawn",
            "aggra-português");
  }

  @Test
  void alliedRaceIdsAndAnUnknownClassIdAreKeptAsTheyAre() throws Exception {
    GuildRoster roster = map(fixture("roster.json"));
    assertThat(roster.members()).extracting(RosterMember::raceId).contains(25, 29, 30, 32, 34);
    assertThat(roster.members()).extracting(RosterMember::classId).contains(99);
    assertThat(roster.members())
        .extracting(RosterMember::rank)
        .containsExactly(0, 1, 1, 3, 4, 5, 5, 9);
  }

  @Test
  void absentOptionalFieldsAreToleratedAndAbsentNumbersAreZero() throws Exception {
    GuildRoster roster = map(fixture("roster-sparse.json"));
    assertThat(roster.faction()).isEmpty();
    assertThat(roster.name()).isEqualTo("Ka'Pow");
    assertThat(roster.realmSlug()).isEqualTo("aggra-português");
    assertThat(roster.members())
        .containsExactly(
            new RosterMember(
                BnetCharacterId.of(7001),
                new CharacterRef(Region.EU, "aggra-português", "Solenne"),
                60,
                6,
                10,
                0),
            new RosterMember(
                BnetCharacterId.of(7002),
                new CharacterRef(Region.EU, "aggra-português", "Quietone"),
                0,
                0,
                0,
                2));
  }

  @Test
  void nullOptionalFieldsAreLikeAbsentOnes() throws Exception {
    GuildRoster roster =
        map(
            root -> {
              ((ObjectNode) root.get("guild")).putNull("faction");
              ObjectNode character = (ObjectNode) member(root, 0).get("character");
              character.putNull("key");
              character.putNull("level");
              character.putNull("playable_class");
              ((ObjectNode) character.get("playable_race")).putNull("id");
            });
    assertThat(roster.faction()).isEmpty();
    assertThat(roster.members().get(0).level()).isZero();
    assertThat(roster.members().get(0).classId()).isZero();
    assertThat(roster.members().get(0).raceId()).isZero();
  }

  @Test
  void anEmptyMemberListIsARosterWithNoMembersForTheRulesToJudge() throws Exception {
    GuildRoster roster = map(root -> root.putArray("members"));
    assertThat(roster.members()).isEmpty();
    assertThat(roster.id()).isEqualTo(BnetGuildId.of(115248327));
  }

  @Test
  void theRegionOfEveryMemberIsTheRequestedOne() throws Exception {
    GuildRoster roster =
        mapper.roster(fixture("roster.json").getBytes(StandardCharsets.UTF_8), Region.KR);
    assertThat(roster.members()).allMatch(m -> m.character().region() == Region.KR);
    assertThat(Optional.of(roster.members().get(1).character().name())).contains("Keniön");
  }

  @Test
  void malformedJsonIsRefusedWithoutEchoingTheBody() {
    assertThatThrownBy(() -> map("{\"guild\": <html>"))
        .isInstanceOf(ProfileMapper.Invalid.class)
        .hasMessageStartingWith("malformed JSON");
    assertThatThrownBy(() -> map(""))
        .isInstanceOf(ProfileMapper.Invalid.class)
        .hasMessage("malformed JSON: empty body");
  }
}
