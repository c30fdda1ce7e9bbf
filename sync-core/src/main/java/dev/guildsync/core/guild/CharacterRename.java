package dev.guildsync.core.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import java.util.Objects;

/**
 * A known character that the roster lists under another name or realm slug: renamed in place, same
 * key, same history (G2).
 *
 * @param key the character
 * @param id its Battle.net id, which matched
 * @param from the stored region, realm slug and name
 * @param to the roster's
 */
public record CharacterRename(
    CharacterKey key, BnetCharacterId id, CharacterRef from, CharacterRef to) {
  /**
   * @throws NullPointerException when a component is null
   */
  public CharacterRename {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** The event detail, e.g. {@code OldName@old-realm -> NewName@new-realm}. */
  public String detail() {
    return from.name() + "@" + from.realmSlug() + " -> " + to.name() + "@" + to.realmSlug();
  }
}
