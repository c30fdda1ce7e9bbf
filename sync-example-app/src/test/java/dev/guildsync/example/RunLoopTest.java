package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RunLoopTest {

  @Test
  @Timeout(10)
  void runsAtOnceThenEverySlotUntilARunSaysStop() {
    List<Long> starts = new ArrayList<>();
    long t0 = System.nanoTime();

    long runs =
        new RunLoop(Duration.ofMillis(50))
            .loop(
                () -> {
                  starts.add(System.nanoTime() - t0);
                  return starts.size() < 3 ? RunLoop.Next.ON_SCHEDULE : RunLoop.Next.STOP;
                });

    assertThat(runs).isEqualTo(3);
    // The slots are at least the interval apart (sleep never wakes early); no upper bound is
    // asserted, the machine is noisy.
    assertThat(starts.get(1) - starts.get(0))
        .isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
    assertThat(starts.get(2) - starts.get(1))
        .isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
  }

  @Test
  @Timeout(10)
  void anOverrunDelaysTheNextRunAndNeverOverlapsIt() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    AtomicLong lastEnd = new AtomicLong();
    List<Long> gaps = new ArrayList<>();

    new RunLoop(Duration.ofMillis(10))
        .loop(
            () -> {
              maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
              if (lastEnd.get() != 0) {
                gaps.add(System.nanoTime() - lastEnd.get());
              }
              sleep(40); // four times the interval
              inFlight.decrementAndGet();
              lastEnd.set(System.nanoTime());
              return gaps.size() < 3 ? RunLoop.Next.ON_SCHEDULE : RunLoop.Next.STOP;
            });

    assertThat(maxInFlight).hasValue(1);
    assertThat(gaps).hasSize(3).allSatisfy(gap -> assertThat(gap).isNotNegative());
  }

  @Test
  @Timeout(10)
  void anInterruptWhileWaitingEndsTheLoopAfterTheRunInProgress() throws Exception {
    CountDownLatch firstRunDone = new CountDownLatch(1);
    AtomicLong runs = new AtomicLong();
    Thread loop =
        new Thread(
            () ->
                runs.set(
                    new RunLoop(Duration.ofHours(1))
                        .loop(
                            () -> {
                              firstRunDone.countDown();
                              return RunLoop.Next.ON_SCHEDULE;
                            })));
    loop.start();
    assertThat(firstRunDone.await(5, TimeUnit.SECONDS)).isTrue();

    loop.interrupt();
    loop.join(5_000);

    assertThat(loop.isAlive()).isFalse();
    assertThat(runs).hasValue(1);
  }

  @Test
  @Timeout(10)
  void aRunThatFoundBattleNetUnavailableIsFollowedSoonBackingOffThenTheScheduleResumes() {
    List<Long> ends = new ArrayList<>();
    List<Long> starts = new ArrayList<>();
    List<Duration> offered = new ArrayList<>();
    List<RunLoop.Next> script =
        List.of(
            RunLoop.Next.SOON,
            RunLoop.Next.SOON,
            RunLoop.Next.SOON,
            RunLoop.Next.ON_SCHEDULE,
            RunLoop.Next.STOP);
    RunLoop loop =
        new RunLoop(Duration.ofMillis(400), Duration.ofMillis(50), Duration.ofMillis(150));

    long runs =
        loop.loop(
            () -> {
              starts.add(System.nanoTime());
              offered.add(loop.nextRetry());
              RunLoop.Next next = script.get(starts.size() - 1);
              ends.add(System.nanoTime());
              return next;
            });

    assertThat(runs).isEqualTo(5);
    assertThat(offered)
        .as("what a run that met an outage would announce")
        .containsExactly(
            Duration.ofMillis(50),
            Duration.ofMillis(100),
            Duration.ofMillis(150),
            Duration.ofMillis(150),
            Duration.ofMillis(50));
    assertThat(loop.retryDelay(0)).isEqualTo(Duration.ofMillis(50));
    assertThat(loop.retryDelay(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(loop.retryDelay(2)).as("capped").isEqualTo(Duration.ofMillis(150));
    assertThat(loop.retryDelay(60)).isEqualTo(Duration.ofMillis(150));
    assertThat(new RunLoop(Duration.ofHours(6)).retryDelay(0)).isEqualTo(Duration.ofSeconds(15));
    // Each retry waits at least its delay after the run before ended; the run after a run on
    // schedule waits its whole slot again. Only lower bounds: the machine is noisy.
    assertThat(starts.get(1) - ends.get(0)).isGreaterThanOrEqualTo(ms(50));
    assertThat(starts.get(2) - ends.get(1)).isGreaterThanOrEqualTo(ms(100));
    assertThat(starts.get(3) - ends.get(2)).isGreaterThanOrEqualTo(ms(150));
    assertThat(starts.get(4) - starts.get(3)).isGreaterThanOrEqualTo(ms(400));
  }

  @Test
  @Timeout(10)
  void aRetryIsNeverLaterThanTheRegularSlot() {
    List<Long> starts = new ArrayList<>();
    new RunLoop(Duration.ofMillis(100), Duration.ofHours(1), Duration.ofHours(1))
        .loop(
            () -> {
              starts.add(System.nanoTime());
              return starts.size() < 2 ? RunLoop.Next.SOON : RunLoop.Next.STOP;
            });

    assertThat(starts).hasSize(2);
    assertThat(starts.get(1) - starts.get(0)).isGreaterThanOrEqualTo(ms(100));
  }

  private static long ms(long millis) {
    return Duration.ofMillis(millis).toNanos();
  }

  @Test
  void aZeroOrNegativeIntervalIsAUsageError() {
    assertThatThrownBy(() -> new RunLoop(Duration.ZERO))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--every must be positive");
    assertThatThrownBy(() -> new RunLoop(Duration.ofSeconds(-1)))
        .isInstanceOf(UsageException.class);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
