package dev.guildsync.core.guild;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a store did with one guild's change.
 *
 * @param status whether it was written
 * @param duplicateOf for {@link GuildSaveStatus#DUPLICATE}: the guild that holds the id
 * @param charactersCreated how many characters were inserted (a {@link CharacterFromRoster} whose
 *     character appeared before the write is linked, not inserted, and not counted)
 * @param identityChanged other characters marked identity changed because a member's name now
 *     belongs to it (G2); the member's rename or creation was then not written
 * @param renamesRefused members whose rename was not written because another row holds the new name
 *     (G2): their {@link MemberEventKind#RENAMED} events were not recorded and are not reported
 */
public record GuildSaveResult(
    GuildSaveStatus status,
    Optional<GuildKey> duplicateOf,
    int charactersCreated,
    Set<CharacterKey> identityChanged,
    Set<CharacterKey> renamesRefused) {
  public GuildSaveResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    identityChanged = Set.copyOf(identityChanged);
    renamesRefused = Set.copyOf(renamesRefused);
    if (charactersCreated < 0) {
      throw new IllegalArgumentException("charactersCreated must not be negative");
    }
  }

  /** A result with no refused rename, as stores written before {@code renamesRefused} return. */
  public GuildSaveResult(
      GuildSaveStatus status,
      Optional<GuildKey> duplicateOf,
      int charactersCreated,
      Set<CharacterKey> identityChanged) {
    this(status, duplicateOf, charactersCreated, identityChanged, Set.of());
  }

  /** Written as asked, creating {@code charactersCreated} characters. */
  public static GuildSaveResult written(int charactersCreated) {
    return new GuildSaveResult(
        GuildSaveStatus.WRITTEN, Optional.empty(), charactersCreated, Set.of());
  }

  /** Nothing written, for {@code status}. */
  public static GuildSaveResult notWritten(GuildSaveStatus status) {
    return new GuildSaveResult(status, Optional.empty(), 0, Set.of());
  }
}
