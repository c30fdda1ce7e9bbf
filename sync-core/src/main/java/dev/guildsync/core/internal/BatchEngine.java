package dev.guildsync.core.internal;

import dev.guildsync.core.PhaseReport;
import dev.guildsync.core.SyncAlreadyRunningException;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.SyncRunFailedException;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.LeasePort;
import dev.guildsync.core.claim.RunSettings;
import dev.guildsync.core.outage.BattleNetOutageException;
import dev.guildsync.core.outage.BattleNetUnavailableException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The batch run every sync shares: claim a batch of due items under a lease, fetch them
 * concurrently (never more than the concurrency at once, on the run's executor) while a heartbeat
 * renews the lease, let the sync decide and save the batch, add its outcomes up, tell the listener;
 * repeat until nothing is due, the run's limit is reached, or the thread is interrupted. Only one
 * batch is held at a time.
 *
 * <p>A step that fails ends the run with the sync's {@link SyncRunFailedException}, whose one-line
 * message names the batch and the step ("batch 2 failed while saving: ...") and which carries the
 * report so far; the batch's lease is released first, so its items can be claimed again at once.
 * When the source says Battle.net as a whole is failing ({@link BattleNetUnavailableException}),
 * the run ends the same way with a {@link BattleNetOutageException} instead, whose message is the
 * source's one line: the batch in flight is not saved, so no item is blamed for the outage.
 *
 * <p>Internal: the machinery of the sync services, not part of the API. Thread-safe; one run at a
 * time, a second concurrent {@link #run()} is refused with {@link SyncAlreadyRunningException}.
 *
 * @param <T> a claimed item
 * @param <F> one item's fetch result
 * @param <O> one item's outcome
 * @param <R> the run's report
 */
public final class BatchEngine<T, F, O, R extends PhaseReport> {
  private final BatchSync<T, F, O, R> sync;
  private final BatchSync.Names names;
  private final RunSettings settings;
  private final LeasePort leases;
  private final Clock clock;
  private final BoundedFetcher<T, F> fetcher;
  private final RunGate gate = new RunGate();

  /**
   * @param sync what the sync plugs in
   * @param settings the batch size, run limit, lease, concurrency and executor of every run
   * @param leases where the heartbeat renews leases and a failed batch's lease is released
   * @param clock the time of claims and renewals
   */
  public BatchEngine(
      BatchSync<T, F, O, R> sync, RunSettings settings, LeasePort leases, Clock clock) {
    this.sync = Objects.requireNonNull(sync, "sync");
    this.names = Objects.requireNonNull(sync.names(), "names");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.leases = Objects.requireNonNull(leases, "leases");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.fetcher =
        new BoundedFetcher<>(
            settings.concurrency(), names.fetched(), sync::fetch, sync::failedFetch);
  }

  /**
   * Runs until nothing is due or the run's limit is reached.
   *
   * @return what the run did
   * @throws SyncAlreadyRunningException when this engine is running already
   * @throws BattleNetOutageException when the source said Battle.net as a whole is failing
   * @throws SyncRunFailedException the sync's, when a step failed or the thread was interrupted
   */
  public R run() {
    return gate.runAlone(() -> new Run().execute());
  }

  /** One run's state. */
  private final class Run implements BatchSync.Steps<O> {
    private final long startNanos = System.nanoTime();
    private final Instant start = clock.instant();
    private final BatchSync.Tally<O, R> tally = sync.newTally();
    private int batch;
    private int batchesDone;

    R execute() {
      int remaining = settings.maxPerRun().orElse(Integer.MAX_VALUE);
      try (RunExecutor executor =
              RunExecutor.forRun(settings.executor(), settings.concurrency(), names.pool());
          LeaseHeartbeat heartbeat =
              new LeaseHeartbeat(
                  leases, clock, settings.lease(), "guildsync-" + names.item() + "-lease")) {
        while (remaining > 0) {
          Claimed<T> claimed = claim(Math.min(settings.batchSize(), remaining));
          if (claimed.isEmpty()) {
            break;
          }
          batch++;
          int size = claimed.items().size();
          tell(s -> s.batchStarted(batch, size));
          heartbeat.holdWhile(claimed.lease(), () -> syncBatch(claimed, executor.executor()));
          remaining -= size;
        }
      }
      R report = report();
      names.log().log(Level.INFO, () -> sync.finished(report));
      return report;
    }

    private Claimed<T> claim(int limit) {
      String what = "claiming due " + names.item() + "s";
      if (Thread.currentThread().isInterrupted()) {
        step(
            what,
            () -> {
              throw new SyncException("sync stopped: the thread was interrupted");
            });
      }
      return step(what, () -> sync.claim(start, clock.instant(), limit));
    }

    private void syncBatch(Claimed<T> claimed, Executor executor) {
      List<F> results =
          step(
              "fetching " + names.fetched() + "s",
              () -> fetcher.fetchAll(claimed.items(), executor));
      sync.sync(claimed, results, this);
      batchesDone++;
      R totals = report();
      tell(s -> s.batchFinished(batch, totals));
    }

    @Override
    public <X> X step(String what, Supplier<X> action) {
      try {
        return action.get();
      } catch (BattleNetUnavailableException e) {
        throw ended(new BattleNetOutageException(e, report()));
      } catch (RuntimeException e) {
        String where = batch == 0 ? what : "batch " + batch + " failed while " + what;
        throw ended(sync.failed(where + ": " + e.getMessage(), e, report()));
      }
    }

    /** Tells the listener that the batch in progress, if any, fails with {@code failure}. */
    private SyncRunFailedException ended(SyncRunFailedException failure) {
      if (batch > 0) {
        tell(s -> s.batchFailed(batch, failure));
      }
      return failure;
    }

    @Override
    public void done(O outcome) {
      tally.add(outcome);
      tell(s -> s.synced(outcome));
    }

    private R report() {
      return tally.report(batchesDone, Duration.ofNanos(System.nanoTime() - startNanos));
    }
  }

  /** Tells the listener through the sync; a listener's exception is logged, never the run's end. */
  private void tell(Consumer<BatchSync<T, F, O, R>> event) {
    Listeners.tell(names.log(), sync, event);
  }
}
