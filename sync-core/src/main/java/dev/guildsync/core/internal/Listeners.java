package dev.guildsync.core.internal;

import java.lang.System.Logger.Level;
import java.util.function.Consumer;

/**
 * Calls a sync listener so that it cannot break a run: an exception it throws is logged and
 * otherwise ignored. Internal; stateless and thread-safe.
 */
public final class Listeners {
  private Listeners() {}

  /** Passes {@code listener} to {@code event}, logging what it throws on {@code log}. */
  public static <L> void tell(System.Logger log, L listener, Consumer<L> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      log.log(Level.WARNING, "sync listener failed; the run goes on", e);
    }
  }
}
