package dev.guildsync.core.internal;

import dev.guildsync.core.PhaseReport;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.SyncRunFailedException;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.claim.LeasePort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The smallest sync the engine can run: due numbers in a queue, fetched as text, saved into a list.
 * It records what the engine asked of it (claims, leases renewed and released, listener events) and
 * fails where a test tells it to.
 */
final class ThingSync implements BatchSync<Integer, String, String, ThingSync.Things>, LeasePort {
  static final System.Logger LOG = System.getLogger(ThingSync.class.getName());

  /** The report: what was saved, in order. */
  record Things(List<String> saved, int batches, Duration duration) implements PhaseReport {
    @Override
    public int items() {
      return saved.size();
    }

    @Override
    public int failed() {
      return 0;
    }

    @Override
    public Map<String, Integer> failureReasons() {
      return Map.of();
    }
  }

  /** The failure the engine ends a run with. */
  static final class ThingsFailed extends SyncRunFailedException {
    private static final long serialVersionUID = 1L;

    ThingsFailed(String message, Throwable cause, Things partialReport) {
      super(message, cause, partialReport);
    }
  }

  final Deque<Integer> due = new ArrayDeque<>();
  final List<Integer> claimLimits = new CopyOnWriteArrayList<>();
  final List<Lease> leases = new CopyOnWriteArrayList<>();
  final List<Lease> renewed = new CopyOnWriteArrayList<>();
  final List<Lease> released = new CopyOnWriteArrayList<>();
  final List<String> events = new CopyOnWriteArrayList<>();
  final List<String> fetchThreads = new CopyOnWriteArrayList<>();
  final List<String> saved = new ArrayList<>();
  Function<Integer, String> fetch = n -> "thing " + n;
  Supplier<RuntimeException> failClaim;
  int failSaveInBatch;
  int batch;

  ThingSync(int dueThings) {
    for (int i = 1; i <= dueThings; i++) {
      due.add(i);
    }
  }

  @Override
  public Names names() {
    return new Names("thing", "label", "thing", LOG);
  }

  @Override
  public Claimed<Integer> claim(Instant runStart, Instant now, int limit) {
    claimLimits.add(limit);
    if (failClaim != null) {
      throw failClaim.get();
    }
    Lease lease = new Lease(UUID.randomUUID(), now.plusSeconds(60));
    leases.add(lease);
    List<Integer> items = new ArrayList<>();
    while (items.size() < limit && !due.isEmpty()) {
      items.add(due.poll());
    }
    return new Claimed<>(lease, items);
  }

  @Override
  public String fetch(Integer item) {
    fetchThreads.add(Thread.currentThread().getName());
    return fetch.apply(item);
  }

  @Override
  public String failedFetch(boolean retryable, String reason) {
    return "failed: " + reason;
  }

  @Override
  public void sync(Claimed<Integer> claimed, List<String> results, Steps<String> steps) {
    steps.step(
        "saving",
        () -> {
          if (batch == failSaveInBatch) {
            throw new SyncException("database unreachable");
          }
          return saved.addAll(results);
        });
    results.forEach(steps::done);
  }

  @Override
  public Tally<String, Things> newTally() {
    List<String> done = new ArrayList<>();
    return new Tally<>() {
      @Override
      public void add(String outcome) {
        done.add(outcome);
      }

      @Override
      public Things report(int batches, Duration duration) {
        return new Things(List.copyOf(done), batches, duration);
      }
    };
  }

  @Override
  public SyncRunFailedException failed(
      String message, RuntimeException cause, Things partialReport) {
    return new ThingsFailed(message, cause, partialReport);
  }

  @Override
  public String finished(Things report) {
    return "things finished: " + report.items();
  }

  @Override
  public void batchStarted(int batch, int items) {
    this.batch = batch;
    events.add("started " + batch + " (" + items + ")");
  }

  @Override
  public void synced(String outcome) {
    events.add(outcome);
  }

  @Override
  public void batchFinished(int batch, Things totals) {
    events.add("finished " + batch + " (" + totals.items() + " so far)");
  }

  @Override
  public void batchFailed(int batch, SyncException error) {
    events.add("failed " + batch + ": " + error.getMessage());
  }

  @Override
  public Lease renew(Lease lease, Instant until) {
    Lease longer = new Lease(lease.id(), until);
    renewed.add(longer);
    return longer;
  }

  @Override
  public void release(Lease lease) {
    released.add(lease);
  }
}
