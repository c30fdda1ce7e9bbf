package dev.guildsync.core.character;

import dev.guildsync.core.BnetCharacterId;
import java.util.Objects;

/**
 * What the profile status endpoint says about a character it knows: a status source returns it as
 * {@link dev.guildsync.core.FetchResult.Found}.
 *
 * @param id the Battle.net character id the name belongs to now
 * @param valid Battle.net's {@code is_valid}
 */
public record CharacterStatus(BnetCharacterId id, boolean valid) {
  public CharacterStatus {
    Objects.requireNonNull(id, "id");
  }
}
