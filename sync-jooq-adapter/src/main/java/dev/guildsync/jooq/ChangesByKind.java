package dev.guildsync.jooq;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.claim.CommonChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A batch of changes split by kind, one list per statement the save sends, and all of them. */
record ChangesByKind(
    Set<CharacterKey> keys,
    List<CharacterChange.Refreshed> refreshed,
    List<CommonChange.Unchanged<CharacterKey>> unchanged,
    List<CommonChange.NotFound<CharacterKey>> notFound,
    List<CharacterChange.IdentityChanged> identityChanged,
    List<CommonChange.Failed<CharacterKey>> failed,
    List<CharacterChange.Validated> validated,
    List<CharacterChange.Invalidated> invalidated,
    List<CharacterChange> all) {

  /** The changes for characters in {@code keys} only, each as it was given (with its details). */
  ChangesByKind retain(Set<Long> keys) {
    return of(all.stream().filter(c -> keys.contains(c.key().value())).toList());
  }

  /**
   * @throws IllegalArgumentException when two changes are for the same character
   * @throws NullPointerException when a change is null
   */
  static ChangesByKind of(List<CharacterChange> changes) {
    Set<CharacterKey> keys = new LinkedHashSet<>();
    List<CharacterChange.Refreshed> refreshed = new ArrayList<>();
    List<CommonChange.Unchanged<CharacterKey>> unchanged = new ArrayList<>();
    List<CommonChange.NotFound<CharacterKey>> notFound = new ArrayList<>();
    List<CharacterChange.IdentityChanged> identityChanged = new ArrayList<>();
    List<CommonChange.Failed<CharacterKey>> failed = new ArrayList<>();
    List<CharacterChange.Validated> validated = new ArrayList<>();
    List<CharacterChange.Invalidated> invalidated = new ArrayList<>();
    for (CharacterChange change : changes) {
      Objects.requireNonNull(change, "change");
      if (!keys.add(change.key())) {
        throw new IllegalArgumentException("two changes for character " + change.key());
      }
      if (change instanceof CharacterChange.Refreshed r) {
        refreshed.add(r);
      } else if (change instanceof CharacterChange.IdentityChanged i) {
        identityChanged.add(i);
      } else if (change instanceof CharacterChange.Validated v) {
        validated.add(v);
      } else if (change instanceof CharacterChange.Invalidated i) {
        invalidated.add(i);
      } else {
        CommonChange<CharacterKey> common = ((CharacterChange.Common) change).change();
        if (common instanceof CommonChange.Unchanged<CharacterKey> u) {
          unchanged.add(u);
        } else if (common instanceof CommonChange.NotFound<CharacterKey> n) {
          notFound.add(n);
        } else {
          failed.add((CommonChange.Failed<CharacterKey>) common);
        }
      }
    }
    return new ChangesByKind(
        keys,
        refreshed,
        unchanged,
        notFound,
        identityChanged,
        failed,
        validated,
        invalidated,
        List.copyOf(changes));
  }
}
