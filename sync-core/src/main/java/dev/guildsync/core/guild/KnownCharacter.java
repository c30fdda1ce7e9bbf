package dev.guildsync.core.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A local character that a roster member is (same region and Battle.net character id), as the store
 * holds it now.
 *
 * @param key the local key
 * @param id its Battle.net character id
 * @param ref its stored region, realm slug and name
 * @param purgedAt when Blizzard's retention rule purged it ({@code purged_at}); empty when it is
 *     not purged. A purged character is not re-linked from a roster older than this
 */
public record KnownCharacter(
    CharacterKey key, BnetCharacterId id, CharacterRef ref, Optional<Instant> purgedAt) {
  public KnownCharacter {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(purgedAt, "purgedAt");
  }

  /** A character that is not purged. */
  public KnownCharacter(CharacterKey key, BnetCharacterId id, CharacterRef ref) {
    this(key, id, ref, Optional.empty());
  }

  /**
   * Whether a roster with this {@code Last-Modified} time still counts as the purged past: a purged
   * character stays out of rosters not newer than its purge.
   */
  public boolean purgedAsOf(Instant rosterTime) {
    return purgedAt.isPresent() && !rosterTime.isAfter(purgedAt.get());
  }
}
