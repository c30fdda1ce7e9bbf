package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.guildsync.core.character.GuildLookupPort}. Extend it and return a
 * fresh, empty fixture over your implementation from {@link #newFixture()}.
 */
public abstract class GuildLookupPortContract {
  private StoreFixture fixture;

  /** A fixture over the implementation under test, with no rows. */
  protected abstract StoreFixture newFixture();

  @BeforeEach
  void setUpFixture() {
    fixture = newFixture();
  }

  @Test
  void findsTheLocalKeyOfATrackedGuild() {
    GuildKey key = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");

    Map<BnetGuildId, GuildKey> found =
        fixture.guildLookup().findGuildKeys(Region.EU, Set.of(BnetGuildId.of(115248327)));

    assertThat(found).containsExactly(Map.entry(BnetGuildId.of(115248327), key));
  }

  @Test
  void leavesOutGuildsThatAreNotTracked() {
    GuildKey key = fixture.addGuild(Region.EU, BnetGuildId.of(1), "One", "ad");

    Map<BnetGuildId, GuildKey> found =
        fixture
            .guildLookup()
            .findGuildKeys(Region.EU, Set.of(BnetGuildId.of(1), BnetGuildId.of(2)));

    assertThat(found).containsExactly(Map.entry(BnetGuildId.of(1), key));
  }

  @Test
  void answersAnEmptyMapWhenNothingIsTracked() {
    fixture.addGuild(Region.EU, BnetGuildId.of(1), "One", "ad");

    assertThat(fixture.guildLookup().findGuildKeys(Region.EU, Set.of(BnetGuildId.of(9)))).isEmpty();
    assertThat(fixture.guildLookup().findGuildKeys(Region.EU, Set.of())).isEmpty();
  }

  @Test
  void keepsTheSameBattleNetIdInTwoRegionsApart() {
    GuildKey eu = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    GuildKey us =
        fixture.addGuild(Region.US, BnetGuildId.of(115248327), "Night Shift", "stormrage");

    assertThat(eu).isNotEqualTo(us);
    assertThat(fixture.guildLookup().findGuildKeys(Region.EU, Set.of(BnetGuildId.of(115248327))))
        .containsExactly(Map.entry(BnetGuildId.of(115248327), eu));
    assertThat(fixture.guildLookup().findGuildKeys(Region.US, Set.of(BnetGuildId.of(115248327))))
        .containsExactly(Map.entry(BnetGuildId.of(115248327), us));
    assertThat(fixture.guildLookup().findGuildKeys(Region.KR, Set.of(BnetGuildId.of(115248327))))
        .isEmpty();
  }

  @Test
  void doesNotFindADeletedGuild() {
    GuildKey key = fixture.addGuild(Region.EU, BnetGuildId.of(7), "Gone", "ad");
    fixture.deleteGuild(key);

    assertThat(fixture.guildLookup().findGuildKeys(Region.EU, Set.of(BnetGuildId.of(7)))).isEmpty();
  }

  @Test
  void findsManyGuildsInOneCall() {
    for (long id = 1; id <= 500; id++) {
      fixture.addGuild(Region.US, BnetGuildId.of(id), "Guild " + id, "stormrage");
    }
    Set<BnetGuildId> wanted =
        Set.of(BnetGuildId.of(1), BnetGuildId.of(250), BnetGuildId.of(500), BnetGuildId.of(501));

    assertThat(fixture.guildLookup().findGuildKeys(Region.US, wanted).keySet())
        .containsExactlyInAnyOrder(BnetGuildId.of(1), BnetGuildId.of(250), BnetGuildId.of(500));
  }
}
