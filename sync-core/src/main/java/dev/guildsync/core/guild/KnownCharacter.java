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
   * Whether a roster with this {@code Last-Modified} still counts as the purged past: a purged
   * character stays out of every roster but one whose {@code Last-Modified} is after its purge (a
   * roster without one shows nothing newer).
   */
  public boolean purgedAsOf(Optional<Instant> rosterModified) {
    return purgedAt.isPresent() && rosterModified.map(t -> !t.isAfter(purgedAt.get())).orElse(true);
  }
}
