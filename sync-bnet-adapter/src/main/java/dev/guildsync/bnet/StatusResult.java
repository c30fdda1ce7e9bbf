package dev.guildsync.bnet;

import dev.guildsync.core.BnetCharacterId;
import java.util.Objects;

/**
 * What the profile status endpoint ({@code .../{realm}/{name}/status}) said about a character.
 * Blizzard's rule: drop a character's data on a 404, on {@code is_valid: false}, or when the id
 * differs from the one recorded before. Callers switch over the three cases.
 */
public sealed interface StatusResult {

  /**
   * Battle.net answered with a status.
   *
   * @param id the character id Battle.net now has under this name
   * @param valid Battle.net's {@code is_valid}
   */
  record Status(BnetCharacterId id, boolean valid) implements StatusResult {
    public Status {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * Battle.net does not serve this character's status (HTTP 404 or 403).
   *
   * @param detail what was seen, e.g. {@code HTTP 404}
   */
  record NotFound(String detail) implements StatusResult {
    public NotFound {
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The status could not be fetched.
   *
   * @param retryable true when trying again later may succeed
   * @param reason one line naming the problem; never holds a secret
   */
  record Failed(boolean retryable, String reason) implements StatusResult {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
