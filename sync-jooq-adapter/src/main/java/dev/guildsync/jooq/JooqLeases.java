package dev.guildsync.jooq;

import dev.guildsync.core.claim.Lease;
import java.time.Instant;
import java.util.Objects;

/**
 * The lease half of {@link JooqStore}: renews and releases leases of either sync (a lease id is
 * unique, so one statement serves both claims tables). Thread-safe.
 */
final class JooqLeases {
  private final StoreCalls calls;

  JooqLeases(StoreCalls calls) {
    this.calls = calls;
  }

  Lease renew(Lease lease, Instant until) {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(until, "until");
    calls.retrying(
        "renewing a lease",
        () -> {
          Claims.renew(calls.dsl(), lease, until);
          return null;
        });
    return new Lease(lease.id(), until);
  }

  void release(Lease lease) {
    Objects.requireNonNull(lease, "lease");
    calls.retrying(
        "releasing a lease",
        () ->
            calls.inTransaction(
                tx -> {
                  Claims.release(tx, lease);
                  return null;
                }));
  }
}
