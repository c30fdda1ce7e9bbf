package dev.guildsync.core;

/**
 * The store's tables or columns are not there: the schema migration was not applied. Fatal for a
 * run; the message names what is missing.
 */
public final class SchemaMissingException extends SyncException {
  private static final long serialVersionUID = 1L;

  public SchemaMissingException(String message) {
    super(message);
  }

  public SchemaMissingException(String message, Throwable cause) {
    super(message, cause);
  }
}
