package dev.guildsync.testing.guild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.TrackedGuild;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The claim half of {@link dev.guildsync.core.guild.GuildStorePort}'s contract: due guilds under
 * leases (as for characters), and the sync state each non-roster case writes. Extend it and return
 * a fresh, empty fixture from {@link #newFixture()}.
 */
public abstract class GuildStoreLeaseContract extends GuildStoreContractSupport {

  private void claimAndSave(Instant now, GuildChange change) {
    Claimed<TrackedGuild> batch = claim(now, 100);
    assertThat(batch.items()).extracting(TrackedGuild::key).contains(change.key());
    fixture.store().saveGuild(batch.lease(), change);
  }

  @Test
  void claimsATrackedGuildThatWasNeverSynced() {
    GuildKey key = fixture.addGuild(Region.EU, "argent-dawn", "The Long Watch");

    Claimed<TrackedGuild> batch = claim(T0, 10);

    assertThat(batch.items())
        .containsExactly(
            TrackedGuild.fresh(
                key, new GuildRef(Region.EU, "argent-dawn", "the-long-watch"), "The Long Watch"));
    assertThat(batch.lease().until()).isEqualTo(T0.plus(LEASE));
  }

  @Test
  void theSameRealmAndNameInTwoRegionsAreTwoGuilds() {
    GuildKey eu = fixture.addGuild(Region.EU, "argent-dawn", "The Long Watch");
    GuildKey us = fixture.addGuild(Region.US, "argent-dawn", "The Long Watch");

    assertThat(eu).isNotEqualTo(us);
    assertThat(claim(T0, 10).items())
        .extracting(g -> g.ref().region())
        .containsExactlyInAnyOrder(Region.EU, Region.US);
  }

  @Test
  void claimsAtMostTheLimitSkipsLeasedGuildsAndClaimsAgainAfterExpiry() {
    for (int i = 0; i < 3; i++) {
      fixture.addGuild(Region.EU, "argent-dawn", "Guild " + i);
    }

    assertThat(claim(T0, 2).items()).hasSize(2);
    assertThat(claim(T0, 2).items()).hasSize(1);
    assertThat(claim(T0, 2).isEmpty()).isTrue();
    assertThat(claim(T0.plus(LEASE).plusSeconds(1), 5).items()).hasSize(3);
  }

  @Test
  void notFoundKeepsEverythingMarksUnavailableSaysWhyAndWaitsForTheRecheck() {
    GuildKey key = fixture.addGuild(Region.EU, "argent-dawn", "The Long Watch");

    claimAndSave(T0, new GuildChange.Common(new CommonChange.NotFound<>(key, T0)));

    assertThat(fixture.readGuild(key).available()).isFalse();
    assertThat(fixture.readGuild(key).lastSyncedAt()).contains(T0);
    assertThat(fixture.readGuild(key).lastError()).contains(GuildChange.NOT_FOUND_REASON);
    assertThat(claim(T0.plus(Duration.ofDays(1)), 10).isEmpty()).isTrue();
    assertThat(claim(T0.plus(Duration.ofDays(7)).plusSeconds(1), 10).items())
        .singleElement()
        .satisfies(g -> assertThat(g.state().available()).isFalse());
  }

  @Test
  void unchangedMovesOnlyTheSyncTimeAndIsNotDueUntilStale() {
    GuildKey key = fixture.addGuild(Region.EU, "argent-dawn", "The Long Watch");
    StoredGuild before = fixture.readGuild(key);

    claimAndSave(T0, new GuildChange.Common(new CommonChange.Unchanged<>(key, T0)));

    StoredGuild after = fixture.readGuild(key);
    assertThat(after.lastSyncedAt()).contains(T0);
    assertThat(after.bnetGuildId()).isEqualTo(before.bnetGuildId());
    assertThat(after.available()).isTrue();
    assertThat(after.lastError()).isEmpty();
    assertThat(claim(T0.plus(Duration.ofHours(6)).minusSeconds(1), 10).isEmpty()).isTrue();
    assertThat(claim(T0.plus(Duration.ofHours(6)).plusSeconds(1), 10).items()).hasSize(1);
  }

  @Test
  void failedStoresTheReasonAndBacksOff() {
    GuildKey key = fixture.addGuild(Region.EU, "argent-dawn", "The Long Watch");
    Instant retryAt = T0.plus(Duration.ofMinutes(15));

    claimAndSave(
        T0, new GuildChange.Common(new CommonChange.Failed<>(key, "HTTP 503", 1, retryAt)));

    StoredGuild after = fixture.readGuild(key);
    assertThat(after.failureCount()).isEqualTo(1);
    assertThat(after.lastError()).contains("HTTP 503");
    assertThat(after.lastSyncedAt()).isEmpty();
    assertThat(claim(retryAt.minusSeconds(1), 10).isEmpty()).isTrue();
    assertThat(claim(retryAt, 10).items())
        .singleElement()
        .satisfies(g -> assertThat(g.state().failureCount()).isEqualTo(1));
  }

  @Test
  void concurrentClaimersNeverReceiveTheSameGuild() throws Exception {
    for (int i = 0; i < 200; i++) {
      fixture.addGuild(Region.EU, "argent-dawn", "Guild " + i);
    }
    Callable<List<GuildKey>> claimer =
        () -> {
          List<GuildKey> mine = new ArrayList<>();
          for (Claimed<TrackedGuild> b = claim(T0, 7); !b.isEmpty(); b = claim(T0, 7)) {
            b.items().forEach(g -> mine.add(g.key()));
          }
          return mine;
        };
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<GuildKey>>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(claimer));
      }
      List<GuildKey> all = new ArrayList<>();
      for (Future<List<GuildKey>> result : results) {
        all.addAll(result.get());
      }
      assertThat(all).hasSize(200).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
  }
}
