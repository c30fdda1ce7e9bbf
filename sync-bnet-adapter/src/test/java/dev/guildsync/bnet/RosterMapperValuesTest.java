package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Required fields and values no store can keep: the whole roster is refused with a reason that
 * names the field, because a member left out would count as gone (G3).
 */
class RosterMapperValuesTest {
  private final RosterMapperTest maps = new RosterMapperTest();

  private static ObjectNode character(ObjectNode root, int index) {
    return (ObjectNode) RosterMapperTest.member(root, index).get("character");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "name", "realm"})
  void aGuildWithoutARequiredFieldIsRefused(String field) {
    assertThatThrownBy(() -> maps.map(root -> ((ObjectNode) root.get("guild")).remove(field)))
        .isInstanceOf(ProfileMapper.Invalid.class)
        .hasMessageStartingWith("roster lacks required field 'guild.");
  }

  @Test
  void aRosterWithoutMembersIsRefused() {
    assertThatThrownBy(() -> maps.map(root -> root.remove("members")))
        .hasMessage("roster lacks required field 'members'");
    assertThatThrownBy(() -> maps.map(root -> root.putNull("members")))
        .hasMessage("roster lacks required field 'members'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "name", "realm"})
  void aMemberWithoutItsIdentityFailsTheRosterNamingTheMember(String field) {
    assertThatThrownBy(() -> maps.map(root -> character(root, 3).remove(field)))
        .isInstanceOf(ProfileMapper.Invalid.class)
        .hasMessageStartingWith("roster lacks required field 'members[3].character.");
  }

  @Test
  void aMemberWithoutARankOrCharacterFailsTheRoster() {
    assertThatThrownBy(() -> maps.map(root -> RosterMapperTest.member(root, 2).remove("rank")))
        .hasMessage("roster lacks required field 'members[2].rank'");
    assertThatThrownBy(
            () -> maps.map(root -> RosterMapperTest.member(root, 2).putNull("character")))
        .hasMessage("roster lacks required field 'members[2].character'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Pal\u0000adin", "a/b", "..", "a?b"})
  void aMemberNameNoRequestPathCanCarryFailsTheRoster(String name) {
    assertThatThrownBy(() -> maps.map(root -> character(root, 1).put("name", name)))
        .isInstanceOf(ProfileMapper.Invalid.class)
        .hasMessageStartingWith("roster has an invalid value at 'members[1]': character name")
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(e.getMessage())
                    .doesNotContain("\u0000"));
  }

  @Test
  void aGuildNameWithANulOrOfAbsurdLengthIsRefused() {
    assertThatThrownBy(
            () -> maps.map(root -> ((ObjectNode) root.get("guild")).put("name", "Long\u0000Watch")))
        .hasMessageStartingWith("roster has an invalid value: guild name must not contain control");
    assertThatThrownBy(
            () ->
                maps.map(root -> ((ObjectNode) root.get("guild")).put("name", "x".repeat(100_000))))
        .hasMessageStartingWith("roster has an invalid value: guild name must be at most 64");
  }

  @Test
  void negativeNumbersFailTheRosterNamingTheMember() {
    assertThatThrownBy(() -> maps.map(root -> RosterMapperTest.member(root, 4).put("rank", -1)))
        .hasMessage("roster has an invalid value at 'members[4]': rank must not be negative: -1");
    assertThatThrownBy(() -> maps.map(root -> character(root, 4).put("id", 0)))
        .hasMessageContaining("BnetCharacterId must be positive: 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"level", "playable_class.id", "playable_race.id"})
  void anIntegerOutOfRangeIsRefusedNamingItsPath(String field) {
    assertThatThrownBy(
            () ->
                maps.map(
                    root -> {
                      ObjectNode node = character(root, 5);
                      String[] path = field.split("\\.");
                      for (int i = 0; i < path.length - 1; i++) {
                        node = (ObjectNode) node.get(path[i]);
                      }
                      node.put(path[path.length - 1], 2_147_483_648L);
                    }))
        .hasMessageStartingWith("malformed JSON at 'members[5].character." + field + "'")
        .hasMessageContaining("out of range");
  }

  @Test
  void aGuildIdOutOfRangeIsRefused() {
    assertThatThrownBy(
            () ->
                maps.map(
                    root ->
                        ((ObjectNode) root.get("guild"))
                            .put("id", new BigInteger("9223372036854775808"))))
        .hasMessageStartingWith("malformed JSON at 'guild.id'");
  }

  @Test
  void aMemberListedTwiceAndAnUnknownFactionAreRefused() {
    assertThatThrownBy(() -> maps.map(root -> character(root, 1).put("id", 201337420)))
        .hasMessage("roster has an invalid value: character 201337420 is listed twice");
    assertThatThrownBy(
            () ->
                maps.map(
                    root -> ((ObjectNode) root.get("guild").get("faction")).put("type", "SCOURGE")))
        .hasMessageStartingWith("roster has an invalid value: unknown faction");
  }
}
