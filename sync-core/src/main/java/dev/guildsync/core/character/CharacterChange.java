package dev.guildsync.core.character;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.detail.DetailUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One character's outcome, as a store must write it. Every case ends the character's lease. The
 * columns each case writes are fixed; every column not named is left exactly as it was.
 */
public sealed interface CharacterChange {

  /** The character this change is for. */
  CharacterKey key();

  /**
   * The details fetched with this change, written in the same transaction (D5); empty for every
   * case but {@link Refreshed} and a {@link Common} 304 (D3: no detail is fetched otherwise).
   */
  default List<DetailUpdate> details() {
    return List.of();
  }

  /**
   * Checks the details a change carries: each for this character, each detail at most once.
   *
   * @throws IllegalArgumentException when one is for another character or a detail repeats
   */
  private static List<DetailUpdate> checked(CharacterKey key, List<DetailUpdate> details) {
    List<DetailUpdate> copy = List.copyOf(details);
    for (DetailUpdate d : copy) {
      if (!d.key().equals(key)) {
        throw new IllegalArgumentException("detail of character " + d.key() + " with " + key);
      }
    }
    if (copy.stream().map(DetailUpdate::detail).distinct().count() != copy.size()) {
      throw new IllegalArgumentException("a detail repeats for character " + key);
    }
    return copy;
  }

  /**
   * The profile was fetched and belongs to this character. Writes every profile column, the
   * Battle.net character id, {@code guild_id} from {@code link} (NULL when the linked guild no
   * longer exists at write time), {@code is_available = true}, {@code last_synced_at}, {@code
   * last_modified}, and clears the failure state. The profile belongs to the recorded id, so it
   * also validates the character: {@code last_validated_at = syncedAt}, {@code invalidated_at} and
   * {@code purged_at} cleared. And every one of {@code details}.
   */
  record Refreshed(
      CharacterKey key,
      CharacterProfile profile,
      GuildLink link,
      Optional<String> lastModified,
      Instant syncedAt,
      List<DetailUpdate> details)
      implements CharacterChange {
    /**
     * Checks that no component is null.
     *
     * @throws IllegalArgumentException when a detail is another character's or repeats
     */
    public Refreshed {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(lastModified, "lastModified");
      Objects.requireNonNull(syncedAt, "syncedAt");
      details = checked(key, details);
    }

    /** A refresh with no detail. */
    public Refreshed(
        CharacterKey key,
        CharacterProfile profile,
        GuildLink link,
        Optional<String> lastModified,
        Instant syncedAt) {
      this(key, profile, link, lastModified, syncedAt, List.of());
    }

    /** This change with {@code details} instead of its own. */
    public Refreshed withDetails(List<DetailUpdate> details) {
      return new Refreshed(key, profile, link, lastModified, syncedAt, details);
    }
  }

  /**
   * The profile source brought nothing to write: the {@link CommonChange} says what is written of
   * the sync state. Besides, an {@link CommonChange.Unchanged} (304) validates the character
   * ({@code last_validated_at = syncedAt}, {@code invalidated_at} and {@code purged_at} cleared); a
   * {@link CommonChange.Failed} also ends a failed status check. A 304 may carry {@code details}.
   */
  record Common(CommonChange<CharacterKey> change, List<DetailUpdate> details)
      implements CharacterChange {
    /**
     * Checks that the change is not null.
     *
     * @throws IllegalArgumentException when details come with anything but a 304, or one is another
     *     character's or repeats
     */
    public Common {
      Objects.requireNonNull(change, "change");
      details = checked(change.key(), details);
      if (!details.isEmpty() && !(change instanceof CommonChange.Unchanged)) {
        throw new IllegalArgumentException("details come with a 304 only, not " + change);
      }
    }

    /** A change with no detail. */
    public Common(CommonChange<CharacterKey> change) {
      this(change, List.of());
    }

    @Override
    public CharacterKey key() {
      return change.key();
    }
  }

  /**
   * The name now belongs to another Battle.net character. Writes {@code is_available = false},
   * {@code last_synced_at} and {@code last_error}; the stored profile is not overwritten.
   */
  record IdentityChanged(
      CharacterKey key, BnetCharacterId stored, BnetCharacterId fetched, Instant syncedAt)
      implements CharacterChange {
    /** Checks that no component is null. */
    public IdentityChanged {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(stored, "stored");
      Objects.requireNonNull(fetched, "fetched");
      Objects.requireNonNull(syncedAt, "syncedAt");
    }

    /** The reason stored in {@code last_error}. */
    public String reason() {
      return "identity changed: stored Battle.net id " + stored + ", fetched " + fetched;
    }
  }

  /**
   * The status endpoint said the character is valid under its recorded Battle.net id. Writes {@code
   * last_validated_at} and clears the failure state; nothing else (not {@code last_synced_at}: the
   * profile was not fetched).
   */
  record Validated(CharacterKey key, Instant validatedAt) implements CharacterChange {
    /** Checks that no component is null. */
    public Validated {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(validatedAt, "validatedAt");
    }
  }

  /**
   * The status endpoint said the character is invalid (404, {@code is_valid: false}, or another
   * Battle.net id). A purged or marked character counts as checked: {@code last_synced_at = at}, so
   * its profile is rechecked one unavailable-recheck interval later. What is written follows {@code
   * policy}:
   *
   * <ul>
   *   <li>{@link RetentionPolicy#PURGE}: every Battle.net column is cleared ({@code guild_id},
   *       {@code level}, {@code class}, {@code race}, {@code faction}, {@code active_spec}, {@code
   *       achievement_points}, both item levels, {@code last_login_at}, {@code last_modified});
   *       {@code bnet_character_id} is kept as the tombstone's identity; {@code is_available =
   *       false}, {@code invalidated_at} and {@code purged_at} = {@code at}, {@code last_error} =
   *       the reason, failure state cleared; the character's guild memberships are deleted.
   *   <li>{@link RetentionPolicy#DELETE}: the row is deleted.
   *   <li>{@link RetentionPolicy#KEEP}: {@code is_available = false}, {@code invalidated_at = at},
   *       {@code last_error} = the reason, failure state cleared; data kept.
   * </ul>
   */
  record Invalidated(CharacterKey key, RetentionPolicy policy, String reason, Instant at)
      implements CharacterChange {
    /** Checks that no component is null. */
    public Invalidated {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(at, "at");
    }
  }
}
