package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CredentialsRejectedException;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.SyncAlreadyRunningException;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterOutcome;
import dev.guildsync.core.character.CharacterProfilePort;
import dev.guildsync.core.character.CharacterSyncFailedException;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** How a run behaves: concurrency, one run at a time, failures, its limit, the listener. */
class CharacterSyncRunTest extends SyncHarness {
  @Test
  void fetchesRunConcurrentlyUpToTheLimitAndNeverAbove() {
    for (int i = 0; i < 40; i++) {
      store.add(eu("Char" + i));
      profiles.script(
          eu("Char" + i), FetchResult.found(TestProfiles.guildless(eu("Char" + i), 100 + i), null));
    }
    profiles.delay(Duration.ofMillis(30));
    ExecutorService wide = Executors.newCachedThreadPool();
    pools.add(wide);

    service(CharacterSyncSettings.newBuilder().concurrency(4).batchSize(40).executor(wide).build())
        .run();

    assertThat(profiles.maxInFlight()).isEqualTo(4);
    assertThat(profiles.calls()).hasSize(40);
  }

  @Test
  void aSecondConcurrentRunIsRefused() throws Exception {
    store.add(eu("Slow"));
    CountDownLatch fetching = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CharacterProfilePort blocking =
        (ref, lastModified) -> {
          fetching.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return FetchResult.found(TestProfiles.guildless(ref, 1), null);
        };
    CharacterSyncService service = service(CharacterSyncSettings.defaults(), blocking);
    ExecutorService runner = Executors.newSingleThreadExecutor();
    pools.add(runner);

    Future<CharacterSyncReport> first = runner.submit(service::run);
    assertThat(fetching.await(10, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(service::run).isInstanceOf(SyncAlreadyRunningException.class);
    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS).updated()).isEqualTo(1);
    assertThat(service.run().characters()).as("a run after the first one is allowed").isZero();
  }

  @Test
  void aStoreFailureDuringSaveFailsThatBatchAndEndsTheRun() {
    for (int i = 0; i < 6; i++) {
      store.add(eu("Char" + i));
      profiles.script(
          eu("Char" + i), FetchResult.found(TestProfiles.guildless(eu("Char" + i), 100 + i), null));
    }
    List<String> events = new ArrayList<>();
    CharacterSyncListener listener =
        new CharacterSyncListener() {
          @Override
          public void batchStarted(int batch, int characters) {
            events.add("started " + batch);
            if (batch == 2) {
              store.failNextSave(
                  () -> new SyncException("database unreachable at jdbc:postgresql://db:5432/app"));
            }
          }

          @Override
          public void batchFinished(int batch, CharacterSyncReport totals) {
            events.add("finished " + batch);
          }

          @Override
          public void batchFailed(int batch, SyncException error) {
            events.add("failed " + batch);
          }
        };
    CharacterSyncService service =
        CharacterSyncService.newBuilder()
            .guildLookup(guilds)
            .characterStore(store)
            .profileSource(profiles)
            .clock(clock)
            .settings(CharacterSyncSettings.newBuilder().batchSize(3).build())
            .listener(listener)
            .build();

    assertThatThrownBy(service::run)
        .isInstanceOf(CharacterSyncFailedException.class)
        .hasMessage(
            "batch 2 failed while saving: database unreachable at jdbc:postgresql://db:5432/app")
        .satisfies(
            e ->
                assertThat(((CharacterSyncFailedException) e).partialReport().updated())
                    .isEqualTo(3));

    assertThat(events).containsExactly("started 1", "finished 1", "started 2", "failed 2");
    assertThat(store.all()).filteredOn(c -> c.lastSyncedAt().isPresent()).hasSize(3);
  }

  @Test
  void rejectedCredentialsEndTheRunWithoutSavingTheBatch() {
    CharacterKey key = store.add(eu("Ærøn"));
    CharacterProfilePort rejecting =
        (ref, lastModified) -> {
          throw new CredentialsRejectedException("Battle.net rejected the client credentials");
        };

    assertThatThrownBy(() -> service(CharacterSyncSettings.defaults(), rejecting).run())
        .isInstanceOf(CharacterSyncFailedException.class)
        .hasMessageContaining("Battle.net rejected the client credentials")
        .hasCauseInstanceOf(CredentialsRejectedException.class);
    assertThat(store.get(key).lastSyncedAt()).isEmpty();
    assertThat(store.saveCalls()).isZero();
  }

  @Test
  void aRunStopsAtItsLimit() {
    for (int i = 0; i < 25; i++) {
      store.add(eu("Char" + i));
      profiles.script(
          eu("Char" + i), FetchResult.found(TestProfiles.guildless(eu("Char" + i), 100 + i), null));
    }

    CharacterSyncReport report =
        service(CharacterSyncSettings.newBuilder().batchSize(10).maxCharactersPerRun(15).build())
            .run();

    assertThat(report.characters()).isEqualTo(15);
    assertThat(report.batches()).isEqualTo(2);
    assertThat(store.all()).filteredOn(c -> c.lastSyncedAt().isPresent()).hasSize(15);
  }

  @Test
  void theListenerHearsEveryCharacterWithAReadableReason() {
    guilds.add(GuildKey.of(5), Region.EU, BnetGuildId.of(LONG_WATCH), "The Long Watch", "ad");
    store.add(eu("Ærøn"));
    store.add(eu("Gone"));
    profiles.script(
        eu("Ærøn"), FetchResult.found(TestProfiles.inGuild(eu("Ærøn"), 1, LONG_WATCH), null));
    List<String> lines = new ArrayList<>();
    CharacterSyncListener listener =
        new CharacterSyncListener() {
          @Override
          public void characterSynced(CharacterOutcome outcome) {
            lines.add(outcome.character().ref().name() + ": " + outcome.describe());
          }
        };
    CharacterSyncService.newBuilder()
        .guildLookup(guilds)
        .characterStore(store)
        .profileSource(profiles)
        .clock(clock)
        .listener(listener)
        .build()
        .run();

    assertThat(lines)
        .containsExactlyInAnyOrder(
            "Ærøn: updated, linked to local guild 5 (eu Battle.net guild 115248327 Guild 115248327)",
            "Gone: not found: marked unavailable, data kept, rechecked later");
  }

  @Test
  void aThrowingListenerDoesNotBreakTheRun() {
    store.add(eu("Ærøn"));
    profiles.script(eu("Ærøn"), FetchResult.found(TestProfiles.guildless(eu("Ærøn"), 1), null));
    CharacterSyncListener broken =
        new CharacterSyncListener() {
          @Override
          public void characterSynced(CharacterOutcome outcome) {
            throw new IllegalStateException("listener bug");
          }
        };

    // The expected warning is captured, not printed: the build's output stays readable.
    Logger log = Logger.getLogger(CharacterSyncService.class.getName());
    List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            warnings.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    boolean parents = log.getUseParentHandlers();
    log.addHandler(capture);
    log.setUseParentHandlers(false);
    CharacterSyncReport report;
    try {
      report =
          CharacterSyncService.newBuilder()
              .guildLookup(guilds)
              .characterStore(store)
              .profileSource(profiles)
              .clock(clock)
              .listener(broken)
              .build()
              .run();
    } finally {
      log.removeHandler(capture);
      log.setUseParentHandlers(parents);
    }

    assertThat(report.updated()).isEqualTo(1);
    assertThat(warnings)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.getMessage()).contains("listener failed");
              assertThat(w.getThrown()).hasMessage("listener bug");
            });
  }

  @Test
  void settingsRejectBadValues() {
    assertThatThrownBy(() -> CharacterSyncSettings.newBuilder().batchSize(0))
        .hasMessageContaining("batchSize");
    assertThatThrownBy(() -> CharacterSyncSettings.newBuilder().concurrency(0))
        .hasMessageContaining("concurrency");
    assertThatThrownBy(() -> CharacterSyncSettings.newBuilder().staleAfter(Duration.ofSeconds(-1)))
        .hasMessageContaining("staleAfter");
    assertThatThrownBy(() -> CharacterSyncSettings.newBuilder().lease(Duration.ZERO))
        .hasMessageContaining("lease");
    assertThat(CharacterSyncSettings.defaults().run().maxPerRun()).isEmpty();
    assertThat(
            Set.of(
                CharacterSyncSettings.defaults().run().batchSize(),
                CharacterSyncSettings.defaults().run().concurrency()))
        .containsExactlyInAnyOrder(100, 8);
  }
}
