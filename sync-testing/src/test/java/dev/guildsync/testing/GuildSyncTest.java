package dev.guildsync.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.GuildSync;
import dev.guildsync.Phase;
import dev.guildsync.PhaseListener;
import dev.guildsync.RequestCounts;
import dev.guildsync.RunReport;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.SyncAlreadyRunningException;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterSyncFailedException;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildSyncFailedException;
import dev.guildsync.testing.character.TestProfiles;
import dev.guildsync.testing.guild.TestRosters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The front door on the fakes: phases in order, one report, the run's requests, failures. */
class GuildSyncTest {
  private static final long LONG_WATCH = 115248327L;
  private static final String REALM = "argent-dawn";
  private static final GuildRef LONG_WATCH_REF = new GuildRef(Region.EU, REALM, "the-long-watch");
  private static final CharacterRef AERON = new CharacterRef(Region.EU, REALM, "Aeron");
  private static final CharacterRef BRYN = new CharacterRef(Region.EU, REALM, "Bryn");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
  private final WholeStore store = new WholeStore();
  private final WholeBattleNet.Counting battleNet = new WholeBattleNet.Counting();
  private final List<String> events = new ArrayList<>();
  private final PhaseListener recorder =
      new PhaseListener() {
        @Override
        public void phaseStarted(Phase phase) {
          events.add("start " + phase);
        }

        @Override
        public void phaseEnded(Phase phase) {
          events.add("end " + phase);
        }
      };

  /** A tracked guild whose roster has two members the store has never seen, with profiles. */
  private GuildKey aGuildWithTwoNewMembers() {
    GuildKey guild = store.world.addGuild(Region.EU, REALM, "The Long Watch");
    battleNet.rosters.script(
        LONG_WATCH_REF,
        FetchResult.found(
            TestRosters.roster(
                LONG_WATCH,
                "The Long Watch",
                REALM,
                TestRosters.member(Region.EU, REALM, 1, "Aeron", 0),
                TestRosters.member(Region.EU, REALM, 2, "Bryn", 1)),
            null));
    battleNet.profiles.script(AERON, FetchResult.found(inTheLongWatch(AERON, 1), null));
    battleNet.profiles.script(BRYN, FetchResult.found(inTheLongWatch(BRYN, 2), null));
    return guild;
  }

  private static CharacterProfile inTheLongWatch(CharacterRef ref, long id) {
    return TestProfiles.profile(ref, id)
        .guild(new ProfileGuild(BnetGuildId.of(LONG_WATCH), "The Long Watch", REALM))
        .build();
  }

  private GuildSync.Builder sync() {
    return GuildSync.newBuilder()
        .store(store)
        .battleNet(battleNet)
        .clock(clock)
        .phaseListener(recorder);
  }

  @Test
  void guildsRunFirstSoTheMembersTheirRostersCreateGetProfilesInTheSameRun() {
    GuildKey guild = aGuildWithTwoNewMembers();

    RunReport report = sync().build().run();

    assertThat(events)
        .containsExactly("start GUILDS", "end GUILDS", "start CHARACTERS", "end CHARACTERS");
    assertThat(report.guilds().orElseThrow().updated()).isEqualTo(1);
    assertThat(report.guilds().orElseThrow().charactersCreated()).isEqualTo(2);
    assertThat(report.characters().orElseThrow().updated()).isEqualTo(2);
    assertThat(report.characters().orElseThrow().linked()).isEqualTo(2);
    assertThat(store.world.characterWithId(Region.EU, 1).orElseThrow().guild()).contains(guild);
    assertThat(store.world.characterWithId(Region.EU, 2).orElseThrow().achievementPoints())
        .as("from the profile: a roster does not carry it")
        .contains(14230L);
  }

  @Test
  void theReportCountsTheRunsRequestsOnlyNotTheSourcesEarlierOnes() {
    aGuildWithTwoNewMembers();
    battleNet.profiles.script(BRYN, FetchResult.failed(true, "HTTP 503"));

    RunReport report = sync().build().run();

    // One roster and two profiles sent; Bryn's failure retried once and throttled once.
    assertThat(report.requests()).isEqualTo(new RequestCounts(4, 1, 1));
    assertThat(report.characters().orElseThrow().failed()).isEqualTo(1);
  }

  @Test
  void aSourceThatCountsNothingReportsNoRequests() {
    aGuildWithTwoNewMembers();
    WholeBattleNet uncounted = new WholeBattleNet();

    RunReport report = sync().battleNet(uncounted).build().run();

    assertThat(report.requests()).isEqualTo(RequestCounts.NONE);
    assertThat(uncounted.rosters.calls()).hasSize(1);
  }

  @Test
  void aCounterSetApartIsReadInsteadOfTheSource() {
    aGuildWithTwoNewMembers();
    long[] reads = {0};

    RunReport report =
        sync().requestCounter(() -> new RequestCounts(++reads[0] * 5, 0, 0)).build().run();

    assertThat(reads[0]).as("read before and after the run").isEqualTo(2);
    assertThat(report.requests()).isEqualTo(new RequestCounts(5, 0, 0));
  }

  @Test
  void aFailedGuildPhaseIsThrownWithItsReportAndTheCharacterPhaseDoesNotRun() {
    aGuildWithTwoNewMembers();
    store.world.store.failNextSave(() -> new IllegalStateException("disk full"));
    GuildSync sync = sync().build();

    assertThatThrownBy(sync::run)
        .isInstanceOf(GuildSyncFailedException.class)
        .hasMessageContaining("disk full")
        .satisfies(e -> assertThat(((GuildSyncFailedException) e).partialReport()).isNotNull());
    assertThat(events).containsExactly("start GUILDS", "end GUILDS");
    assertThat(battleNet.profiles.calls()).isEmpty();
  }

  @Test
  void aFailedCharacterPhaseIsThrownWithItsReportAfterTheGuildPhaseSaved() {
    GuildKey guild = aGuildWithTwoNewMembers();
    store.world.characters.failNextSave(() -> new IllegalStateException("connection reset"));
    GuildSync sync = sync().build();

    assertThatThrownBy(sync::run)
        .isInstanceOf(CharacterSyncFailedException.class)
        .hasMessageContaining("connection reset")
        .satisfies(
            e -> assertThat(((CharacterSyncFailedException) e).partialReport().updated()).isZero());
    assertThat(events)
        .containsExactly("start GUILDS", "end GUILDS", "start CHARACTERS", "end CHARACTERS");
    assertThat(store.world.members(guild)).as("the guild phase's work stays saved").hasSize(2);
    assertThat(store.world.characterWithId(Region.EU, 1).orElseThrow().achievementPoints())
        .as("created from the roster, never saved from the profile")
        .isEmpty();
  }

  @Test
  void aSecondRunWhileOneIsInProgressIsRefusedNotQueued() throws Exception {
    aGuildWithTwoNewMembers();
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    GuildSync sync =
        sync()
            .phaseListener(
                new PhaseListener() {
                  @Override
                  public void phaseStarted(Phase phase) {
                    inside.countDown();
                    await(release);
                  }
                })
            .build();

    CompletableFuture<RunReport> first = CompletableFuture.supplyAsync(sync::run);
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    try {
      assertThatThrownBy(sync::run).isInstanceOf(SyncAlreadyRunningException.class);
    } finally {
      release.countDown();
    }

    assertThat(first.get(10, TimeUnit.SECONDS).characters().orElseThrow().updated()).isEqualTo(2);
    assertThat(sync.run().characters()).as("free again once the run ended").isPresent();
  }

  @Test
  void onlyTheSelectedPhasesRun() {
    GuildKey guild = aGuildWithTwoNewMembers();
    CharacterRef cara = new CharacterRef(Region.EU, REALM, "Cara");
    store.world.characters.add(cara);
    battleNet.profiles.script(cara, FetchResult.found(TestProfiles.guildless(cara, 3), null));

    RunReport characters = sync().phases(EnumSet.of(Phase.CHARACTERS)).build().run();
    RunReport guilds = sync().phases(EnumSet.of(Phase.GUILDS)).build().run();

    assertThat(characters.guilds()).isEmpty();
    assertThat(characters.characters().orElseThrow().updated()).isEqualTo(1);
    assertThat(guilds.characters()).isEmpty();
    assertThat(guilds.guilds().orElseThrow().updated()).isEqualTo(1);
    assertThat(store.world.members(guild)).hasSize(2);
    assertThat(battleNet.profiles.calls()).extracting(c -> c.character()).containsExactly(cara);
    assertThat(events)
        .containsExactly("start CHARACTERS", "end CHARACTERS", "start GUILDS", "end GUILDS");
    assertThat(sync().build().phases()).isEqualTo(EnumSet.allOf(Phase.class));
  }

  @Test
  void buildChecksEachPartAtOnce() {
    assertThatThrownBy(() -> GuildSync.newBuilder().battleNet(battleNet).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("store");
    assertThatThrownBy(() -> GuildSync.newBuilder().store(store).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("battleNet");
    assertThatThrownBy(() -> GuildSync.newBuilder().phases(Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GuildSync.newBuilder().clock(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aListenerThatThrowsDoesNotBreakTheRun() {
    aGuildWithTwoNewMembers();
    PhaseListener broken =
        new PhaseListener() {
          @Override
          public void phaseStarted(Phase phase) {
            throw new IllegalStateException("listener bug");
          }
        };

    RunReport report = sync().phaseListener(broken).build().run();

    assertThat(report.characters().orElseThrow().updated()).isEqualTo(2);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
