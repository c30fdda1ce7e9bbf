package dev.guildsync.jooq;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.character.CharacterChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A batch of changes split by kind, one list per statement the save sends. */
record ChangesByKind(
    Set<CharacterKey> keys,
    List<CharacterChange.Refreshed> refreshed,
    List<CharacterChange.Unchanged> unchanged,
    List<CharacterChange.NotFound> notFound,
    List<CharacterChange.IdentityChanged> identityChanged,
    List<CharacterChange.Failed> failed,
    List<CharacterChange.Validated> validated,
    List<CharacterChange.Invalidated> invalidated) {

  /**
   * @throws IllegalArgumentException when two changes are for the same character
   * @throws NullPointerException when a change is null
   */
  /** The changes for characters in {@code keys} only. */
  ChangesByKind retain(Set<Long> keys) {
    List<CharacterChange> kept = new ArrayList<>();
    for (List<? extends CharacterChange> kind :
        List.of(refreshed, unchanged, notFound, identityChanged, failed, validated, invalidated)) {
      kind.stream().filter(c -> keys.contains(c.key().value())).forEach(kept::add);
    }
    return of(kept);
  }

  static ChangesByKind of(List<CharacterChange> changes) {
    Set<CharacterKey> keys = new LinkedHashSet<>();
    List<CharacterChange.Refreshed> refreshed = new ArrayList<>();
    List<CharacterChange.Unchanged> unchanged = new ArrayList<>();
    List<CharacterChange.NotFound> notFound = new ArrayList<>();
    List<CharacterChange.IdentityChanged> identityChanged = new ArrayList<>();
    List<CharacterChange.Failed> failed = new ArrayList<>();
    List<CharacterChange.Validated> validated = new ArrayList<>();
    List<CharacterChange.Invalidated> invalidated = new ArrayList<>();
    for (CharacterChange change : changes) {
      Objects.requireNonNull(change, "change");
      if (!keys.add(change.key())) {
        throw new IllegalArgumentException("two changes for character " + change.key());
      }
      if (change instanceof CharacterChange.Refreshed r) {
        refreshed.add(r);
      } else if (change instanceof CharacterChange.Unchanged u) {
        unchanged.add(u);
      } else if (change instanceof CharacterChange.NotFound n) {
        notFound.add(n);
      } else if (change instanceof CharacterChange.IdentityChanged i) {
        identityChanged.add(i);
      } else if (change instanceof CharacterChange.Validated v) {
        validated.add(v);
      } else if (change instanceof CharacterChange.Invalidated i) {
        invalidated.add(i);
      } else {
        failed.add((CharacterChange.Failed) change);
      }
    }
    return new ChangesByKind(
        keys, refreshed, unchanged, notFound, identityChanged, failed, validated, invalidated);
  }
}
