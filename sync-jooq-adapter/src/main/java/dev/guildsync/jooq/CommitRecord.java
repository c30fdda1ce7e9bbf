package dev.guildsync.jooq;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Lets a retried save recognise its own write when the connection failed after PostgreSQL committed
 * it but before the acknowledgement arrived. Each attempt reads its transaction's id ({@code
 * txid_current()}) inside the transaction and keeps the result it computed; before the next
 * attempt, {@code txid_status} on a fresh connection says whether that transaction committed. If it
 * did, its result is the answer and nothing is written twice (a repeat would find its claims
 * already ended and report every character lease-lost). One statement more per transaction.
 *
 * <p>One instance per save call; not thread-safe (the attempts of one call run one after another).
 *
 * @param <T> the save's result
 */
final class CommitRecord<T> {
  /** How long a transaction may stay "in progress" after its connection failed. */
  private static final Duration SETTLE = Duration.ofSeconds(10);

  private static final long POLL_MILLIS = 50;

  private Optional<Long> xid = Optional.empty();
  private T result;

  /** Runs {@code work} in {@code tx}, recording the transaction's id and the result. */
  T attempt(DSLContext tx, Function<DSLContext, T> work) {
    xid = Optional.empty();
    long id = tx.select(DSL.field("txid_current()", SQLDataType.BIGINT)).fetchOne().value1();
    T computed = work.apply(tx);
    result = computed;
    xid = Optional.of(id);
    return computed;
  }

  /**
   * The result of the last attempt if its transaction committed; empty when there was none, or it
   * rolled back (then the work is to be repeated).
   *
   * @throws IllegalStateException when the transaction is still in progress after {@link #SETTLE}
   */
  Optional<T> committed(DSLContext dsl) {
    if (xid.isEmpty()) {
      return Optional.empty();
    }
    long deadline = System.nanoTime() + SETTLE.toNanos();
    while (true) {
      String status =
          dsl.select(DSL.field("txid_status({0})", SQLDataType.VARCHAR, DSL.val(xid.get())))
              .fetchOne()
              .value1();
      if ("committed".equals(status)) {
        return Optional.of(result);
      }
      if (!"in progress".equals(status) || System.nanoTime() > deadline) {
        if ("in progress".equals(status)) {
          throw new IllegalStateException(
              "cannot tell whether transaction " + xid.get() + " committed: still in progress");
        }
        xid = Optional.empty();
        return Optional.empty();
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking a commit", e);
      }
    }
  }
}
