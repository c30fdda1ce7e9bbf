package dev.guildsync.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.guildsync.GuildSync;
import dev.guildsync.Phase;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.GuildSyncSettings;
import dev.guildsync.core.guild.TrackedGuild;
import dev.guildsync.core.outage.BattleNetOutageException;
import dev.guildsync.core.outage.BattleNetUnavailableException;
import dev.guildsync.testing.character.StoredCharacter;
import dev.guildsync.testing.character.TestProfiles;
import dev.guildsync.testing.guild.StoredGuild;
import dev.guildsync.testing.guild.TestRosters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Battle.net as a whole failing, on the fakes: when the source throws {@link
 * BattleNetUnavailableException}, the run stops with a {@link BattleNetOutageException} carrying
 * the phase's partial report, the batch in flight is released unsaved (no failure counted, no
 * back-off, claimable again at once) and the batches before it stay saved.
 */
class BattleNetOutageTest {
  private static final String REALM = "argent-dawn";
  private static final BattleNetUnavailableException SILENT =
      new BattleNetUnavailableException(
          "Battle.net is not answering: 8 requests timed out in a row (eu.api.blizzard.com)",
          false,
          "eu.api.blizzard.com",
          8);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
  private final WholeStore store = new WholeStore();

  /** Answers what is scripted for the first {@code answered} calls, then throws {@link #SILENT}. */
  private static final class FailingAfter extends WholeBattleNet {
    private final AtomicInteger calls = new AtomicInteger();
    private final int answered;

    FailingAfter(int answered) {
      this.answered = answered;
    }

    @Override
    <T> FetchResult<T> answered(FetchResult<T> result) {
      if (calls.incrementAndGet() > answered) {
        throw SILENT;
      }
      return result;
    }
  }

  @Test
  void anOutageInTheGuildPhaseStopsTheRunAndBlamesNoGuild() {
    FailingAfter battleNet = new FailingAfter(1);
    List<GuildKey> guilds = new ArrayList<>();
    for (String name : List.of("First Light", "Second Wind", "Third Eye")) {
      guilds.add(store.world.addGuild(Region.EU, REALM, name));
      battleNet.rosters.script(
          new GuildRef(Region.EU, REALM, name.toLowerCase(Locale.ROOT).replace(' ', '-')),
          FetchResult.found(TestRosters.roster(100 + guilds.size(), name, REALM), null));
    }
    GuildSync sync =
        GuildSync.newBuilder()
            .store(store)
            .battleNet(battleNet)
            .clock(clock)
            .guildSettings(GuildSyncSettings.newBuilder().batchSize(1).concurrency(1).build())
            .build();

    BattleNetOutageException outage =
        catchThrowableOfType(BattleNetOutageException.class, sync::run);

    assertThat(outage).hasMessage(SILENT.getMessage()).hasCause(SILENT);
    assertThat(outage.unavailable()).isSameAs(SILENT);
    GuildSyncReport partial = (GuildSyncReport) outage.partialReport();
    assertThat(partial.updated()).as("the batch before the outage").isEqualTo(1);
    assertThat(partial.failed()).isZero();
    List<StoredGuild> rows = guilds.stream().map(store.world::readGuild).toList();
    assertThat(rows).filteredOn(g -> g.lastSyncedAt().isPresent()).hasSize(1);
    assertThat(rows)
        .as("no guild blamed")
        .allSatisfy(
            g -> {
              assertThat(g.failureCount()).isZero();
              assertThat(g.nextAttemptAt()).isEmpty();
              assertThat(g.available()).isTrue();
            });
    Instant now = clock.instant();
    List<TrackedGuild> again =
        store
            .world
            .store
            .claimDueGuilds(GuildSyncSettings.defaults().run().dueQuery(now, now, 10))
            .items();
    assertThat(again).as("released, not leased, not backed off").hasSize(2);
    assertThat(battleNet.profiles.calls()).as("the character phase did not run").isEmpty();
  }

  @Test
  void anOutageInTheCharacterPhaseKeepsEarlierBatchesAndReleasesTheOneInFlight() {
    FailingAfter battleNet = new FailingAfter(2);
    List<CharacterKey> keys = new ArrayList<>();
    for (String name : List.of("Aeron", "Bryn", "Cara", "Dane")) {
      CharacterRef ref = new CharacterRef(Region.EU, REALM, name);
      keys.add(store.world.characters.add(ref));
      battleNet.profiles.script(
          ref, FetchResult.found(TestProfiles.guildless(ref, keys.size()), null));
    }
    battleNet.profiles.script(
        new CharacterRef(Region.EU, REALM, "Bryn"), FetchResult.failed(true, "timed out"));
    List<SyncException> failedBatches = new ArrayList<>();
    GuildSync sync =
        GuildSync.newBuilder()
            .store(store)
            .battleNet(battleNet)
            .clock(clock)
            .phases(EnumSet.of(Phase.CHARACTERS))
            .characterSettings(
                CharacterSyncSettings.newBuilder().batchSize(2).concurrency(1).build())
            .characterListener(
                new CharacterSyncListener() {
                  @Override
                  public void batchFailed(int batch, SyncException error) {
                    failedBatches.add(error);
                  }
                })
            .build();

    BattleNetOutageException outage =
        catchThrowableOfType(BattleNetOutageException.class, sync::run);

    CharacterSyncReport partial = (CharacterSyncReport) outage.partialReport();
    assertThat(partial.updated()).isEqualTo(1);
    assertThat(partial.failed()).as("Bryn's own failure, while others answered").isEqualTo(1);
    assertThat(failedBatches).containsExactly(outage);
    List<StoredCharacter> rows = keys.stream().map(store.world.characters::get).toList();
    assertThat(rows.get(0).level()).as("saved before the outage").isPresent();
    assertThat(rows.get(1).failureCount()).isEqualTo(1);
    assertThat(rows.subList(2, 4))
        .as("the batch in flight: untouched")
        .allSatisfy(
            c -> {
              assertThat(c.failureCount()).isZero();
              assertThat(c.lastError()).isEmpty();
              assertThat(c.nextAttemptAt()).isEmpty();
              assertThat(c.lastSyncedAt()).isEmpty();
            });
    Instant now = clock.instant();
    assertThat(
            store
                .world
                .characters
                .claimDueCharacters(CharacterSyncSettings.defaults().dueQuery(now, now, 10))
                .items())
        .extracting(c -> c.key())
        .as("released at once")
        .containsExactlyInAnyOrder(keys.get(2), keys.get(3));
  }

  @Test
  void theServicesThrowItTooWithTheirOwnReport() {
    FailingAfter battleNet = new FailingAfter(0);
    CharacterRef aeron = new CharacterRef(Region.EU, REALM, "Aeron");
    store.world.characters.add(aeron);

    BattleNetOutageException outage =
        catchThrowableOfType(
            BattleNetOutageException.class,
            () ->
                CharacterSyncService.newBuilder()
                    .characterStore(store)
                    .guildLookup(store)
                    .profileSource(battleNet)
                    .clock(clock)
                    .build()
                    .run());

    assertThat(outage.partialReport()).isInstanceOf(CharacterSyncReport.class);
    assertThat(outage.partialReport().items()).isZero();
    assertThat(outage.unavailable().unreachable()).isFalse();
  }
}
