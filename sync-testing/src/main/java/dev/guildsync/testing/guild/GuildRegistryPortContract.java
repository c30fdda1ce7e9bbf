package dev.guildsync.testing.guild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.ProfileGuild;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.guildsync.core.character.GuildRegistryPort}: idempotent tracking,
 * race-free registration (G9) and guild rows following their profiles (G8). Extend it and return a
 * fresh, empty fixture from {@link #newFixture()}.
 */
public abstract class GuildRegistryPortContract {
  private static final ProfileGuild LONG_WATCH =
      new ProfileGuild(BnetGuildId.of(115248327), "The Long Watch", "argent-dawn");

  private GuildStoreFixture fixture;

  /** A fixture over the implementation under test, with no rows. */
  protected abstract GuildStoreFixture newFixture();

  @BeforeEach
  void setUpFixture() {
    fixture = newFixture();
  }

  @Test
  void trackIsIdempotentAndPerRegion() {
    GuildKey first = fixture.registry().trackGuild(Region.EU, "argent-dawn", "The Long Watch");
    GuildKey again = fixture.registry().trackGuild(Region.EU, "argent-dawn", "the long watch");
    GuildKey us = fixture.registry().trackGuild(Region.US, "argent-dawn", "The Long Watch");

    assertThat(again).isEqualTo(first);
    assertThat(us).isNotEqualTo(first);
    assertThat(fixture.readGuild(first).bnetGuildId()).isEmpty();
  }

  @Test
  void registerInsertsAnUntrackedGuildOnceAndReturnsExistingOnes() {
    Map<BnetGuildId, GuildKey> first =
        fixture.registry().registerGuilds(Region.EU, List.of(LONG_WATCH, LONG_WATCH));
    Map<BnetGuildId, GuildKey> again =
        fixture.registry().registerGuilds(Region.EU, List.of(LONG_WATCH));
    Map<BnetGuildId, GuildKey> us =
        fixture.registry().registerGuilds(Region.US, List.of(LONG_WATCH));

    assertThat(again).isEqualTo(first);
    assertThat(us.get(LONG_WATCH.bnetGuildId())).isNotEqualTo(first.get(LONG_WATCH.bnetGuildId()));
    StoredGuild row = fixture.readGuild(first.get(LONG_WATCH.bnetGuildId()));
    assertThat(row.name()).isEqualTo("The Long Watch");
    assertThat(row.realmSlug()).isEqualTo("argent-dawn");
    assertThat(row.lastSyncedAt()).as("due for a guild sync").isEmpty();
  }

  @Test
  void concurrentRegistrationsOfOneGuildMakeOneRow() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Map<BnetGuildId, GuildKey>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return fixture.registry().registerGuilds(Region.EU, List.of(LONG_WATCH));
                }));
      }
      start.countDown();
      Set<GuildKey> keys = new HashSet<>();
      for (Future<Map<BnetGuildId, GuildKey>> result : results) {
        keys.add(result.get().get(LONG_WATCH.bnetGuildId()));
      }
      assertThat(keys).hasSize(1);
      assertThat(fixture.guildsWithId(Region.EU, 115248327)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTrackedGuildFollowsItsProfilesNewNameAndRealm() {
    GuildKey key =
        fixture
            .registry()
            .registerGuilds(Region.EU, List.of(LONG_WATCH))
            .values()
            .iterator()
            .next();
    ProfileGuild renamed =
        new ProfileGuild(LONG_WATCH.bnetGuildId(), "The Short Watch", "silvermoon");

    Set<GuildKey> changed =
        fixture
            .registry()
            .followGuilds(
                Region.EU,
                List.of(renamed, new ProfileGuild(BnetGuildId.of(42), "Untracked", "argent-dawn")));
    Set<GuildKey> again = fixture.registry().followGuilds(Region.EU, List.of(renamed));

    assertThat(changed).containsExactly(key);
    assertThat(again).isEmpty();
    assertThat(fixture.readGuild(key).name()).isEqualTo("The Short Watch");
    assertThat(fixture.readGuild(key).realmSlug()).isEqualTo("silvermoon");
    assertThat(fixture.guildsWithId(Region.EU, 42)).isEmpty();
  }

  @Test
  void aRegistrationTakesTheRowTrackedByItsNameInsteadOfASecondOne() {
    GuildKey tracked = fixture.registry().trackGuild(Region.EU, "argent-dawn", "the long watch");

    Map<BnetGuildId, GuildKey> registered =
        fixture.registry().registerGuilds(Region.EU, List.of(LONG_WATCH));

    assertThat(registered).containsEntry(LONG_WATCH.bnetGuildId(), tracked);
    assertThat(fixture.guildsWithId(Region.EU, 115248327)).containsExactly(tracked);
    assertThat(fixture.readGuild(tracked).name()).as("the user's row").isEqualTo("the long watch");
  }

  @Test
  void aGuildTrackedByNameAndRegisteredByIdAtOnceMakesOneRow() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 20; i++) {
        String name = "Guild " + i;
        ProfileGuild profiled = new ProfileGuild(BnetGuildId.of(1000 + i), name, "argent-dawn");
        CountDownLatch start = new CountDownLatch(1);
        Future<GuildKey> tracked =
            pool.submit(
                () -> {
                  start.await();
                  return fixture.registry().trackGuild(Region.EU, "argent-dawn", name);
                });
        Future<Map<BnetGuildId, GuildKey>> registered =
            pool.submit(
                () -> {
                  start.await();
                  return fixture.registry().registerGuilds(Region.EU, List.of(profiled));
                });
        start.countDown();

        assertThat(registered.get().get(profiled.bnetGuildId()))
            .as("one row for " + name)
            .isEqualTo(tracked.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
