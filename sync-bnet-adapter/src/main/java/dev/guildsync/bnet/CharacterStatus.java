package dev.guildsync.bnet;

import dev.guildsync.core.BnetCharacterId;
import java.util.Objects;

/**
 * What the profile status endpoint ({@code .../{realm}/{name}/status}) said about a character.
 * Blizzard's rule: drop a character's data on a 404, on {@code is_valid: false}, or when the id
 * differs from the one recorded before.
 *
 * @param id the character id Battle.net now has under this name
 * @param valid Battle.net's {@code is_valid}
 */
public record CharacterStatus(BnetCharacterId id, boolean valid) {
  /**
   * @throws NullPointerException when the id is null
   */
  public CharacterStatus {
    Objects.requireNonNull(id, "id");
  }
}
