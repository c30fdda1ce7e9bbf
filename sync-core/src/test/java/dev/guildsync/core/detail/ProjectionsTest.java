package dev.guildsync.core.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.BnetCharacterId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ProjectionsTest {
  private static final Optional<BnetCharacterId> ME = Optional.of(BnetCharacterId.of(42));

  private static Equipment.Item item(String slot, int level, List<Integer> enchants) {
    return new Equipment.Item(
        slot,
        1000,
        Optional.empty(),
        level,
        "EPIC",
        List.of(),
        enchants,
        List.of(),
        Optional.empty());
  }

  @Test
  void equipmentAveragesWithoutShirtAndTabardAndListsMissingEnchants() {
    Equipment e =
        new Equipment(
            ME,
            List.of(
                item("HEAD", 400, List.of()),
                item("BACK", 410, List.of()),
                item("FINGER_1", 420, List.of(6108)),
                item("SHIRT", 1, List.of())));
    assertThat(e.averageItemLevel()).hasValue(410.0);
    assertThat(e.missingEnchants(Set.of("BACK", "FINGER_1", "FINGER_2"))).containsExactly("BACK");
  }

  @Test
  void aNegativeItemLevelOrFourHundredItemsAreRejected() {
    assertThatThrownBy(() -> item("HEAD", -1, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item level");
    List<Equipment.Item> many = Collections.nCopies(400, item("HEAD", 400, List.of()));
    assertThatThrownBy(() -> new Equipment(ME, many))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("400");
  }

  private static MythicPlus mythic(double rating) {
    return new MythicPlus(
        ME,
        OptionalDouble.of(rating),
        Optional.empty(),
        OptionalLong.empty(),
        List.of(),
        List.of());
  }

  @Test
  void aRatingMustBeAFiniteNonNegativeNumber() {
    assertThat(mythic(2450.5).rating()).hasValue(2450.5);
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -1}) {
      assertThatThrownBy(() -> mythic(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rating");
    }
  }

  @Test
  void colourIsLowerCaseHex() {
    assertThat(MythicPlus.hexColor(255, 128, 0)).isEqualTo("#ff8000");
    assertThatThrownBy(() -> MythicPlus.hexColor(256, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new MythicPlus(
                    ME,
                    OptionalDouble.empty(),
                    Optional.of("red"),
                    OptionalLong.empty(),
                    List.of(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRunNeedsAPositiveDurationAndASaneLevel() {
    Instant at = Instant.parse("2026-11-20T20:00:00Z");
    assertThatThrownBy(() -> new MythicPlus.Run(1, Optional.empty(), 12, Duration.ZERO, true, at))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new MythicPlus.Run(1, Optional.empty(), 0, Duration.ofMinutes(30), true, at))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toyHashIsSha256OfTheSortedIdsJoinedByCommas() {
    // printf '1,2,10' | sha256sum: the ids sorted as numbers, repeats dropped
    assertThat(new Toys(List.of(10L, 2L, 1L, 2L)).hash())
        .isEqualTo("19bc041f049a3f2ce6c2cd841d8ae13a5afa24fc9fa1413794354498a1539968");
    assertThat(new Toys(List.of(10L, 2L, 1L)).toyIds()).containsExactly(1L, 2L, 10L);
    assertThat(new Toys(List.of(1L)).hash()).isNotEqualTo(new Toys(List.of(2L)).hash());
  }

  @Test
  void aHundredThousandToysAreRejected() {
    List<Long> ids = LongStream.rangeClosed(1, 100_000).boxed().toList();
    assertThatThrownBy(() -> new Toys(ids))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100000");
  }

  @Test
  void professionsKeepSkillOnTheProfessionWhenThereAreNoTiers() {
    Professions.Profession archaeology =
        new Professions.Profession(
            794, Optional.of("Archaeology"), List.of(), OptionalInt.of(950), OptionalInt.of(950));
    assertThat(new Professions(List.of(), List.of(archaeology)).secondaries().get(0).skillPoints())
        .hasValue(950);
    assertThat(Professions.none().character()).isEmpty();
  }

  @Test
  void raidModesAreChecked() {
    assertThatThrownBy(() -> new Raids.Mode("EPIC", 1, 8, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Raids.Mode("MYTHIC", 9, 8, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    Instant kill = Instant.parse("2026-11-18T21:00:00Z");
    Raids.Mode mode =
        new Raids.Mode(
            "MYTHIC",
            2,
            8,
            List.of(
                new Raids.Encounter(1, Optional.empty(), 3, Optional.of(kill.minusSeconds(60))),
                new Raids.Encounter(2, Optional.empty(), 1, Optional.of(kill))));
    assertThat(mode.lastKillAt()).contains(kill);
  }

  @Test
  void detailsParseByWireName() {
    assertThat(CharacterDetail.parse("Mythic-Plus")).isEqualTo(CharacterDetail.MYTHIC_PLUS);
    assertThatThrownBy(() -> CharacterDetail.parse("pets"))
        .hasMessageContaining("equipment,mythic-plus,professions,raids,toys");
    assertThat(CharacterDetail.wireNames(Set.of(CharacterDetail.TOYS, CharacterDetail.EQUIPMENT)))
        .isEqualTo("equipment,toys");
  }
}
