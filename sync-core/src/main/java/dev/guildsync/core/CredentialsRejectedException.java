package dev.guildsync.core;

/**
 * Battle.net rejected the client credentials. Fatal for a run: no character can be fetched. The
 * message never repeats the secret.
 */
public final class CredentialsRejectedException extends SyncException {
  private static final long serialVersionUID = 1L;

  public CredentialsRejectedException(String message) {
    super(message);
  }

  public CredentialsRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
