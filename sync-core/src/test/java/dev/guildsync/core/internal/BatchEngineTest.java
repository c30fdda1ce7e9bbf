package dev.guildsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.SyncAlreadyRunningException;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.claim.RunSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The batch run itself, on the smallest sync: limits, failures, leases, interrupts, threads. */
class BatchEngineTest {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  private static RunSettings settings(int batchSize, OptionalInt maxPerRun, Duration lease) {
    return new RunSettings(
        batchSize,
        Duration.ZERO,
        Duration.ofDays(7),
        new FailureBackoff(Duration.ofMinutes(15), Duration.ofDays(1)),
        2,
        maxPerRun,
        lease,
        Optional.empty());
  }

  private static BatchEngine<Integer, String, String, ThingSync.Things> engine(
      ThingSync sync, int batchSize) {
    return new BatchEngine<>(
        sync, settings(batchSize, OptionalInt.empty(), Duration.ofMinutes(1)), sync, CLOCK);
  }

  @Test
  void runsBatchByBatchUntilNothingIsDue() {
    ThingSync sync = new ThingSync(5);

    ThingSync.Things report = engine(sync, 3).run();

    assertThat(report.saved())
        .containsExactly("thing 1", "thing 2", "thing 3", "thing 4", "thing 5");
    assertThat(report.batches()).isEqualTo(2);
    assertThat(sync.claimLimits).containsExactly(3, 3, 3);
    assertThat(sync.events)
        .containsExactly(
            "started 1 (3)",
            "thing 1",
            "thing 2",
            "thing 3",
            "finished 1 (3 so far)",
            "started 2 (2)",
            "thing 4",
            "thing 5",
            "finished 2 (5 so far)");
    assertThat(sync.released).as("saved batches are not released").isEmpty();
  }

  @Test
  void aRunStopsAtItsLimitAndClaimsNoMoreThanIsLeft() {
    ThingSync sync = new ThingSync(25);
    RunSettings limited = settings(10, OptionalInt.of(15), Duration.ofMinutes(1));

    ThingSync.Things report = new BatchEngine<>(sync, limited, sync, CLOCK).run();

    assertThat(report.items()).isEqualTo(15);
    assertThat(report.batches()).isEqualTo(2);
    assertThat(sync.claimLimits).containsExactly(10, 5);
    assertThat(sync.due).hasSize(10);
  }

  @Test
  void aFailedStepEndsTheRunNamingTheBatchAndTheStepAndReleasesTheBatchsLease() {
    ThingSync sync = new ThingSync(6);
    sync.failSaveInBatch = 2;

    assertThatThrownBy(() -> engine(sync, 3).run())
        .isInstanceOf(ThingSync.ThingsFailed.class)
        .hasMessage("batch 2 failed while saving: database unreachable")
        .hasCauseInstanceOf(SyncException.class)
        .satisfies(
            e -> {
              ThingSync.Things partial =
                  (ThingSync.Things) ((ThingSync.ThingsFailed) e).partialReport();
              assertThat(partial.saved()).containsExactly("thing 1", "thing 2", "thing 3");
              assertThat(partial.batches()).isEqualTo(1);
            });

    assertThat(sync.events)
        .endsWith("started 2 (3)", "failed 2: batch 2 failed while saving: database unreachable");
    assertThat(sync.released).containsExactly(sync.leases.get(1));
  }

  @Test
  void aFailedFirstClaimNamesTheStepOnlyAndTellsNoBatch() {
    ThingSync sync = new ThingSync(3);
    sync.failClaim = () -> new SyncException("database unreachable");

    assertThatThrownBy(() -> engine(sync, 3).run())
        .isInstanceOf(ThingSync.ThingsFailed.class)
        .hasMessage("claiming due things: database unreachable");

    assertThat(sync.events).isEmpty();
    assertThat(sync.released).isEmpty();
  }

  @Test
  void anInterruptedThreadStopsBeforeItClaims() {
    ThingSync sync = new ThingSync(3);

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> engine(sync, 3).run())
          .isInstanceOf(ThingSync.ThingsFailed.class)
          .hasMessage("claiming due things: sync stopped: the thread was interrupted");
    } finally {
      assertThat(Thread.interrupted()).as("the interrupt flag is kept").isTrue();
    }
    assertThat(sync.claimLimits).isEmpty();
  }

  @Test
  void anInterruptDuringAFetchStopsTheRunPromptlyAndReleasesTheBatch() throws Exception {
    ThingSync sync = new ThingSync(3);
    CountDownLatch fetching = new CountDownLatch(1);
    sync.fetch =
        n -> {
          fetching.countDown();
          sleep(Duration.ofSeconds(30));
          return "late " + n;
        };
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread runner =
        new Thread(
            () -> {
              try {
                engine(sync, 3).run();
              } catch (RuntimeException e) {
                thrown.set(e);
              }
            });
    runner.start();
    assertThat(fetching.await(10, TimeUnit.SECONDS)).isTrue();

    runner.interrupt();
    runner.join(10_000);

    assertThat(runner.isAlive()).isFalse();
    assertThat(thrown.get())
        .isInstanceOf(ThingSync.ThingsFailed.class)
        .hasMessage("batch 1 failed while fetching labels: sync interrupted while fetching labels");
    assertThat(sync.released).containsExactly(sync.leases.get(0));
    assertThat(sync.saved).isEmpty();
  }

  @Test
  void aSlowBatchKeepsItsLeaseRenewedAndTheRenewalsStopWithTheRun() throws Exception {
    ThingSync sync = new ThingSync(2);
    sync.fetch =
        n -> {
          sleep(Duration.ofMillis(1_200));
          return "thing " + n;
        };
    RunSettings shortLease = settings(10, OptionalInt.empty(), Duration.ofMillis(300));

    new BatchEngine<>(sync, shortLease, sync, CLOCK).run();
    int afterRun = sync.renewed.size();
    Thread.sleep(500);

    assertThat(sync.renewed).as("renewed about every 100 ms").hasSizeGreaterThanOrEqualTo(3);
    assertThat(sync.renewed).extracting(Lease::id).containsOnly(sync.leases.get(0).id());
    assertThat(sync.renewed).extracting(Lease::until).containsOnly(T0.plusMillis(300));
    assertThat(sync.renewed).as("no renewal once the batch is saved").hasSize(afterRun);
  }

  @Test
  void fetchesRunOnTheRunsOwnPoolOrOnTheUsersExecutor() {
    ThingSync own = new ThingSync(4);
    engine(own, 4).run();

    ExecutorService users = Executors.newSingleThreadExecutor(r -> new Thread(r, "users-thread"));
    try {
      ThingSync given = new ThingSync(4);
      RunSettings s = settings(4, OptionalInt.empty(), Duration.ofMinutes(1));
      RunSettings withExecutor =
          new RunSettings(
              s.batchSize(),
              s.staleAfter(),
              s.unavailableRecheck(),
              s.failureBackoff(),
              s.concurrency(),
              s.maxPerRun(),
              s.lease(),
              Optional.of(users));
      new BatchEngine<>(given, withExecutor, given, CLOCK).run();

      assertThat(own.fetchThreads).allSatisfy(t -> assertThat(t).startsWith("guildsync-thing-"));
      assertThat(given.fetchThreads).containsOnly("users-thread");
      assertThat(users.isShutdown()).as("a user's executor is left alone").isFalse();
    } finally {
      users.shutdownNow();
    }
  }

  @Test
  void aSecondConcurrentRunIsRefused() throws Exception {
    ThingSync sync = new ThingSync(1);
    CountDownLatch fetching = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    sync.fetch =
        n -> {
          fetching.countDown();
          await(release);
          return "thing " + n;
        };
    BatchEngine<Integer, String, String, ThingSync.Things> engine = engine(sync, 1);
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try {
      Future<ThingSync.Things> first = runner.submit(engine::run);
      assertThat(fetching.await(10, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(engine::run).isInstanceOf(SyncAlreadyRunningException.class);
      release.countDown();

      assertThat(first.get(10, TimeUnit.SECONDS).items()).isEqualTo(1);
      assertThat(engine.run().items()).as("a run after the first is allowed").isZero();
    } finally {
      runner.shutdownNow();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
