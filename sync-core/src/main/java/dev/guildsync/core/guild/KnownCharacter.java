package dev.guildsync.core.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import java.util.Objects;

/**
 * A local character that a roster member is (same region and Battle.net character id), as the store
 * holds it now.
 *
 * @param key the local key
 * @param id its Battle.net character id
 * @param ref its stored region, realm slug and name
 */
public record KnownCharacter(CharacterKey key, BnetCharacterId id, CharacterRef ref) {
  public KnownCharacter {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ref, "ref");
  }
}
