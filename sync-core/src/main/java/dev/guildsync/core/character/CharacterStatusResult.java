package dev.guildsync.core.character;

import dev.guildsync.core.BnetCharacterId;
import java.util.Objects;

/**
 * What the profile status endpoint said about one character. Callers switch over the three cases; a
 * status source never returns null and never turns a 404 into a failure.
 */
public sealed interface CharacterStatusResult {

  /**
   * Battle.net answered with a status.
   *
   * @param id the Battle.net character id the name belongs to now
   * @param valid Battle.net's {@code is_valid}
   */
  record Answered(BnetCharacterId id, boolean valid) implements CharacterStatusResult {
    public Answered {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * Battle.net does not know the character (HTTP 404, or 403 as it answers for some characters).
   *
   * @param detail what the source saw, e.g. {@code HTTP 404}
   */
  record NotFound(String detail) implements CharacterStatusResult {
    public NotFound {
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The request failed; nothing is known about the character.
   *
   * @param retryable true when trying again later may succeed
   * @param reason a one-line description that never holds a secret
   */
  record Failed(boolean retryable, String reason) implements CharacterStatusResult {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
