package dev.guildsync.jooq;

import dev.guildsync.core.SyncException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;

/**
 * What every public store of this adapter shares: the {@link DSLContext}, the translation of
 * database errors into one-line {@link SyncException}s, and the transient retry. Immutable.
 */
final class StoreCalls {
  /** How long a call made during a run retries a transient database error by default. */
  static final Duration DEFAULT_TRANSIENT_RETRY = Duration.ofSeconds(30);

  private final DSLContext dsl;
  private final DatabaseErrors errors;
  private final TransientRetry retry;

  private StoreCalls(DSLContext dsl, DatabaseErrors errors, TransientRetry retry) {
    this.dsl = dsl;
    this.errors = errors;
    this.retry = retry;
  }

  /** Calls over {@code dataSource}, retrying for {@link #DEFAULT_TRANSIENT_RETRY}. */
  static StoreCalls over(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new StoreCalls(
        DSL.using(dataSource, SQLDialect.POSTGRES),
        DataSources.errorsFor(dataSource),
        new TransientRetry(DEFAULT_TRANSIENT_RETRY));
  }

  /** Calls over {@code dsl}'s connections, with the PostgreSQL dialect. */
  static StoreCalls over(DSLContext dsl) {
    Objects.requireNonNull(dsl, "dsl");
    DatabaseErrors errors =
        dsl.configuration().connectionProvider() instanceof DataSourceConnectionProvider p
            ? DataSources.errorsFor(p.dataSource())
            : DataSources.errorsFor(null);
    return new StoreCalls(
        dsl.configuration().derive(SQLDialect.POSTGRES).dsl(),
        errors,
        new TransientRetry(DEFAULT_TRANSIENT_RETRY));
  }

  /**
   * These calls retrying transient errors for {@code retryFor}.
   *
   * @throws IllegalArgumentException when {@code retryFor} is negative
   */
  StoreCalls withTransientRetry(Duration retryFor) {
    Objects.requireNonNull(retryFor, "retryFor");
    if (retryFor.isNegative()) {
      throw new IllegalArgumentException("retryFor must not be negative: " + retryFor);
    }
    return new StoreCalls(dsl, errors, new TransientRetry(retryFor));
  }

  DSLContext dsl() {
    return dsl;
  }

  DatabaseErrors errors() {
    return errors;
  }

  /** Runs {@code work} in a transaction of its own. */
  <T> T inTransaction(Function<DSLContext, T> work) {
    return dsl.transactionResult(tx -> work.apply(tx.dsl()));
  }

  /**
   * Runs {@code work} in a transaction of its own, unless {@code record} shows that its last
   * attempt committed: then that attempt's result, with nothing written again. Call it inside
   * {@link #retrying} with one record per call.
   */
  <T> T inTransactionOnce(CommitRecord<T> record, Function<DSLContext, T> work) {
    return record.committed(dsl).orElseGet(() -> inTransaction(tx -> record.attempt(tx, work)));
  }

  /** Runs {@code work}, which must be safe to repeat whole, retrying transient errors. */
  <T> T retrying(String doing, Supplier<T> work) {
    return run(doing, () -> retry.run(doing, work));
  }

  /** Runs {@code work} once, translating database errors raised while {@code doing}. */
  <T> T run(String doing, Supplier<T> work) {
    try {
      return work.get();
    } catch (SyncException | IllegalArgumentException | NullPointerException e) {
      throw e;
    } catch (RuntimeException e) {
      throw errors.translate(doing, e);
    }
  }
}
