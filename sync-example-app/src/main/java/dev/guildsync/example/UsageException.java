package dev.guildsync.example;

/** Bad usage or configuration that picocli's parser could not see (exit code 2). */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
