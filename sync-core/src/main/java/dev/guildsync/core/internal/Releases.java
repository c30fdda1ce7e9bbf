package dev.guildsync.core.internal;

import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.claim.LeasePort;
import java.lang.System.Logger.Level;

/** Gives a failed or stopped batch's lease back; shared by every sync that claims. */
public final class Releases {
  private static final System.Logger LOG = System.getLogger(Releases.class.getName());

  private Releases() {}

  /**
   * Releases {@code lease} so its items can be claimed again at once rather than when it expires.
   * An interrupt is set aside meanwhile, or the store could refuse to reach the database; a failure
   * to release is added to {@code cause} and the lease simply expires.
   */
  public static void release(LeasePort store, Lease lease, Throwable cause) {
    boolean interrupted = Thread.interrupted();
    try {
      store.release(lease);
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
      LOG.log(Level.WARNING, "releasing a failed batch's lease failed; it will expire", e);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
