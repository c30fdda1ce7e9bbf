package dev.guildsync.core;

/**
 * The root of guildsync's exceptions: thrown only for what a caller cannot handle as a value, such
 * as an unreachable database, a missing schema or rejected Battle.net credentials. Adapters
 * translate infrastructure exceptions into this type at the edge and keep the cause. Messages are
 * one line and never contain a secret.
 */
public class SyncException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SyncException(String message) {
    super(message);
  }

  public SyncException(String message, Throwable cause) {
    super(message, cause);
  }
}
