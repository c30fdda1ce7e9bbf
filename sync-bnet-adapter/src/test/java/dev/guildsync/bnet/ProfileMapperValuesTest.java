package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.simulator.SimulatorFixtures;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Optional fields that are absent or null stay absent (never zero or blank), and values no store
 * can keep are refused with a reason that names them.
 */
class ProfileMapperValuesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ProfileMapper mapper = new ProfileMapper(ProfileJson.newMapper());

  /** The guilded fixture, edited. */
  private CharacterProfile map(Consumer<ObjectNode> edit) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(SimulatorFixtures.read(SimulatorFixtures.GUILDED));
    edit.accept(root);
    return mapper.profile(JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"absent", "null"})
  void optionalNumbersAbsentOrNullAreAbsent(String how) throws Exception {
    CharacterProfile p =
        map(
            root -> {
              for (String field :
                  new String[] {
                    "level",
                    "achievement_points",
                    "average_item_level",
                    "equipped_item_level",
                    "last_login_timestamp"
                  }) {
                if (how.equals("null")) {
                  root.putNull(field);
                } else {
                  root.remove(field);
                }
              }
            });
    assertThat(p.level()).isEmpty();
    assertThat(p.achievementPoints()).isEmpty();
    assertThat(p.averageItemLevel()).isEmpty();
    assertThat(p.equippedItemLevel()).isEmpty();
    assertThat(p.lastLogin()).isEmpty();
    assertThat(p.characterClass()).contains("Paladin");
  }

  @ParameterizedTest
  @ValueSource(strings = {"absent", "null", "inner null"})
  void optionalNamedFieldsAbsentOrNullAreAbsent(String how) throws Exception {
    CharacterProfile p =
        map(
            root -> {
              for (String field : new String[] {"faction", "race", "character_class"}) {
                switch (how) {
                  case "absent" -> root.remove(field);
                  case "null" -> root.putNull(field);
                  default ->
                      ((ObjectNode) root.get(field))
                          .putNull(field.equals("faction") ? "type" : "name");
                }
              }
            });
    assertThat(p.faction()).isEmpty();
    assertThat(p.race()).isEmpty();
    assertThat(p.characterClass()).isEmpty();
    assertThat(p.level()).hasValue(80);
  }

  @ParameterizedTest
  @ValueSource(strings = {"character_class", "race", "active_spec", "realm", "guild"})
  void aNulInAnyNameIsRefusedNamingTheField(String field) {
    assertThatThrownBy(
            () -> map(root -> ((ObjectNode) root.get(field)).put("name", "Pal\u0000adin")))
        .isInstanceOf(ProfileMapper.Invalid.class)
        .hasMessageStartingWith("profile has an invalid value: ")
        .hasMessageContaining("contains a NUL character (\\u0000) at index 3")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "realm.slug"})
  void aNulInTheNameOrSlugIsRefused(String field) {
    assertThatThrownBy(
            () ->
                map(
                    root -> {
                      ObjectNode node =
                          field.equals("name") ? root : (ObjectNode) root.get("realm");
                      node.put(field.equals("name") ? "name" : "slug", "a\u0000b");
                    }))
        .hasMessageContaining("contains a NUL character");
  }

  @ParameterizedTest
  @ValueSource(longs = {Long.MAX_VALUE, 253402300800000L})
  void aLastLoginNoStoreCanKeepIsRefused(long millis) {
    assertThatThrownBy(() -> map(root -> root.put("last_login_timestamp", millis)))
        .isInstanceOf(ProfileMapper.Invalid.class)
        .hasMessageStartingWith("profile has an invalid value: lastLogin must be between");
  }

  @ParameterizedTest
  @ValueSource(strings = {"level", "average_item_level", "equipped_item_level"})
  void anIntegerOutOfItsColumnsRangeIsRefusedNamingTheField(String field) {
    assertThatThrownBy(() -> map(root -> root.put(field, 2_147_483_648L)))
        .isInstanceOf(ProfileMapper.Invalid.class)
        .hasMessageStartingWith("malformed JSON at '" + field + "'")
        .hasMessageContaining("out of range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"achievement_points", "id"})
  void aBigintOutOfRangeIsRefusedNamingTheField(String field) {
    assertThatThrownBy(
            () -> map(root -> root.put(field, new java.math.BigInteger("9223372036854775808"))))
        .hasMessageStartingWith("malformed JSON at '" + field + "'")
        .hasMessageContaining("out of range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"character_class", "race", "guild"})
  void absurdlyLongTextIsRefused(String field) {
    assertThatThrownBy(
            () -> map(root -> ((ObjectNode) root.get(field)).put("name", "x".repeat(100_000))))
        .hasMessageContaining("is 100000 characters long, more than 256");
  }
}
