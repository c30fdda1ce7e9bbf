package dev.guildsync.core.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import java.util.Objects;

/**
 * The character a member row, event or link is about: a local character that exists, or one the
 * same save creates from the roster (resolved by the store through its Battle.net id).
 */
public sealed interface MemberCharacter {

  /** An existing local character. */
  record Known(CharacterKey key) implements MemberCharacter {
    public Known {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * The character that the same change's {@link CharacterFromRoster} with this id creates (or that
   * the store finds for it at write time).
   */
  record New(BnetCharacterId id) implements MemberCharacter {
    public New {
      Objects.requireNonNull(id, "id");
    }
  }
}
