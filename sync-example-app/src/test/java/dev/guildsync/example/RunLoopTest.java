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
                  return starts.size() < 3;
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
              return gaps.size() < 3;
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
                              return true;
                            })));
    loop.start();
    assertThat(firstRunDone.await(5, TimeUnit.SECONDS)).isTrue();

    loop.interrupt();
    loop.join(5_000);

    assertThat(loop.isAlive()).isFalse();
    assertThat(runs).hasValue(1);
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
