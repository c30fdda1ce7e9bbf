package dev.guildsync.bnet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.detail.Equipment;
import dev.guildsync.core.detail.MythicPlus;
import dev.guildsync.core.detail.Professions;
import dev.guildsync.core.detail.Raids;
import dev.guildsync.core.detail.Toys;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DetailMapperTest {
  private final DetailMapper mapper = new DetailMapper(ProfileJson.newMapper());

  private static byte[] bytes(String body) {
    return body.getBytes(UTF_8);
  }

  @Test
  void equipmentKeepsPermanentEnchantsGemsTracksAndToleratesNullNames() throws Exception {
    Equipment e = mapper.equipment(bytes(DetailBodiesForTests.EQUIPMENT));

    assertThat(e.character()).contains(BnetCharacterId.of(201337420));
    assertThat(e.items())
        .extracting(Equipment.Item::slot)
        .containsExactly("HEAD", "BACK", "FINGER_1");
    Equipment.Item head = e.items().get(0);
    assertThat(head.name()).isEmpty();
    assertThat(head.bonusList()).containsExactly(1001, 1002);
    assertThat(head.upgradeTrack()).contains("Hero 2/6");
    assertThat(e.items().get(1).enchantIds()).as("an on-use tinker is no enchant").isEmpty();
    assertThat(e.items().get(2).enchantIds()).containsExactly(6108);
    assertThat(e.items().get(2).gemIds())
        .as("the empty socket has no gem")
        .containsExactly(800001L);
    assertThat(e.averageItemLevel()).hasValue(480.0);
  }

  @Test
  void mythicPlusKeepsRatingColourPeriodRunsAndSeasons() throws Exception {
    MythicPlus m = mapper.mythicPlus(bytes(DetailBodiesForTests.mythic("2450.5")));

    assertThat(m.rating()).hasValue(2450.5);
    assertThat(m.color()).contains("#ff8000");
    assertThat(m.periodId()).hasValue(1001);
    assertThat(m.seasons()).containsExactly(13, 14);
    assertThat(m.bestRuns())
        .containsExactly(
            new MythicPlus.Run(
                501,
                Optional.empty(),
                12,
                Duration.ofMinutes(31),
                true,
                Instant.ofEpochMilli(1763668800000L)));
  }

  @Test
  void aProfileWithoutRunsOrRatingHasNoneRatherThanZero() throws Exception {
    MythicPlus m = mapper.mythicPlus(bytes(DetailBodiesForTests.MYTHIC_NO_RUNS));
    assertThat(m.bestRuns()).isEmpty();
    assertThat(m.rating()).isEmpty();
    assertThat(m.periodId()).hasValue(1002);
  }

  @Test
  void professionsKeepTiersAndSkillOnTheProfessionButNoRecipes() throws Exception {
    Professions p = mapper.professions(bytes(DetailBodiesForTests.PROFESSIONS));
    assertThat(p.primaries().get(0).tiers())
        .containsExactly(new Professions.Tier(2901, Optional.empty(), 80, 100));
    assertThat(p.secondaries().get(0).skillPoints()).hasValue(950);
    assertThat(p.secondaries().get(0).tiers()).isEmpty();
  }

  @Test
  void raidsKeepTheLatestExpansionAndItsKnownDifficultiesOnly() throws Exception {
    Raids r = mapper.raids(bytes(DetailBodiesForTests.RAIDS));
    assertThat(r.expansion()).contains("The Newest");
    assertThat(r.instances()).hasSize(1);
    Raids.Mode heroic = r.instances().get(0).modes().get(0);
    assertThat(r.instances().get(0).modes()).hasSize(1);
    assertThat(heroic.difficulty()).isEqualTo("HEROIC");
    assertThat(heroic.completed()).isEqualTo(2);
    assertThat(heroic.encounters().get(0).killCount()).isEqualTo(3);
    assertThat(heroic.lastKillAt()).contains(Instant.ofEpochMilli(1763499600000L));
  }

  @Test
  void toysHashTheSortedIds() throws Exception {
    Toys t = mapper.toys(bytes(DetailBodiesForTests.toys(10, 2, 1)));
    assertThat(t.toyIds()).containsExactly(1L, 2L, 10L);
    assertThat(t.hash())
        .isEqualTo("19bc041f049a3f2ce6c2cd841d8ae13a5afa24fc9fa1413794354498a1539968");
    assertThat(mapper.toys(bytes("{\"toys\":[]}")).toyIds()).isEmpty();
    assertThatThrownBy(() -> mapper.toys(bytes("{\"pets\":{\"href\":\"x\"}}")))
        .as("a body without toys has no hash, not the empty list's")
        .hasMessageContaining("'toys'");
  }

  @Test
  void badBodiesAreInvalidWithAReason() {
    assertThatThrownBy(
            () -> mapper.equipment(bytes("<html><body>Down for maintenance</body></html>")))
        .isInstanceOf(ProfileMapper.Invalid.class)
        .hasMessageContaining("malformed JSON");
    assertThatThrownBy(
            () ->
                mapper.equipment(
                    bytes(DetailBodiesForTests.EQUIPMENT.replace("\"value\":480", "\"value\":-5"))))
        .hasMessageContaining("item level");
    assertThatThrownBy(() -> mapper.equipment(bytes(DetailBodiesForTests.manyItems(400))))
        .hasMessageContaining("400");
    assertThatThrownBy(() -> mapper.mythicPlus(bytes(DetailBodiesForTests.mythic("\"NaN\""))))
        .hasMessageContaining("rating");
    assertThatThrownBy(() -> mapper.mythicPlus(bytes(DetailBodiesForTests.mythic("NaN"))))
        .hasMessageContaining("malformed JSON");
    long[] many = LongStream.rangeClosed(1, 100_000).toArray();
    assertThatThrownBy(() -> mapper.toys(bytes(DetailBodiesForTests.toys(many))))
        .hasMessageContaining("100000");
    assertThatThrownBy(
            () ->
                mapper.raids(
                    bytes(
                        "{\"expansions\":[{\"expansion\":{\"id\":1},"
                            + "\"instances\":[{\"instance\":{\"id\":2},\"modes\":[{\"difficulty\":"
                            + "{\"type\":\"MYTHIC\"},\"progress\":{\"completed_count\":9,\"total_count\":8}}]}]}]}")))
        .hasMessageContaining("bosses killed");
  }
}
