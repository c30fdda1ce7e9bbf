package dev.guildsync.core.detail;

import dev.guildsync.core.BnetCharacterId;
import java.util.Optional;

/**
 * One detail's projection: what is kept of a sub-resource's body, validated. Immutable.
 *
 * <p>Sealed: a source returns one of the five projections, the one of the detail it was asked for.
 */
public sealed interface DetailData permits Equipment, MythicPlus, Professions, Raids, Toys {

  /** Which detail this is. */
  CharacterDetail detail();

  /**
   * The Battle.net character the body names (D4): present for equipment, Mythic+ and raids; empty
   * for professions and toys, whose bodies do not name one.
   */
  Optional<BnetCharacterId> character();
}
