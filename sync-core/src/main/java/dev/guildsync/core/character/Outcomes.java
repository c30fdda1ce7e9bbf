package dev.guildsync.core.character;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.ItemOutcome;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailFetch;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Turns a saved change into the {@link CharacterOutcome} reported for it. */
final class Outcomes {
  private Outcomes() {}

  static CharacterOutcome of(
      DueCharacter character, CharacterChange change, CharacterSaveResult saved) {
    CharacterOutcome outcome = withoutDetails(character, change, saved);
    CharacterSyncOutcome result = outcome.result().outcome();
    if (change.details().isEmpty()
        || result == CharacterSyncOutcome.LEASE_LOST
        || saved.parked().containsKey(character.key())) {
      return outcome;
    }
    Map<CharacterDetail, DetailFetch> details = new EnumMap<>(CharacterDetail.class);
    change.details().forEach(d -> details.put(d.detail(), d.fetch()));
    return new CharacterOutcome(outcome.result(), outcome.link(), details);
  }

  private static CharacterOutcome withoutDetails(
      DueCharacter character, CharacterChange change, CharacterSaveResult saved) {
    CharacterKey key = character.key();
    if (saved.leaseLost().contains(key)) {
      return outcome(character, CharacterSyncOutcome.LEASE_LOST, Optional.empty());
    }
    String parked = saved.parked().get(key);
    if (parked != null) {
      return outcome(character, CharacterSyncOutcome.FAILED, Optional.of(parked));
    }
    if (change instanceof CharacterChange.Refreshed refreshed) {
      return refreshedOutcome(character, refreshed, saved.guildLinksDropped().contains(key));
    }
    if (change instanceof CharacterChange.IdentityChanged changed) {
      return outcome(
          character,
          CharacterSyncOutcome.IDENTITY_CHANGED,
          Optional.of(
              "stored Battle.net id " + changed.stored() + ", fetched " + changed.fetched()));
    }
    if (change instanceof CharacterChange.Validated) {
      return outcome(character, CharacterSyncOutcome.VALIDATED, Optional.empty());
    }
    if (change instanceof CharacterChange.Invalidated invalid) {
      CharacterSyncOutcome what =
          switch (invalid.policy()) {
            case PURGE -> CharacterSyncOutcome.PURGED;
            case DELETE -> CharacterSyncOutcome.DELETED;
            case KEEP -> CharacterSyncOutcome.MARKED_INVALID;
          };
      return outcome(character, what, Optional.of(invalid.reason()));
    }
    CommonChange<CharacterKey> common = ((CharacterChange.Common) change).change();
    return outcome(
        character,
        common.pick(
            CharacterSyncOutcome.UNCHANGED,
            CharacterSyncOutcome.NOT_FOUND,
            CharacterSyncOutcome.FAILED),
        common.failureReason());
  }

  private static CharacterOutcome outcome(
      DueCharacter character, CharacterSyncOutcome outcome, Optional<String> detail) {
    return new CharacterOutcome(new ItemOutcome<>(character, outcome, detail), Optional.empty());
  }

  private static CharacterOutcome refreshedOutcome(
      DueCharacter character, CharacterChange.Refreshed refreshed, boolean dropped) {
    GuildLink link = refreshed.link();
    if (dropped && link instanceof GuildLink.Linked linked) {
      String why = "local guild " + linked.key() + " was deleted before the write";
      return new CharacterOutcome(
          new ItemOutcome<>(character, CharacterSyncOutcome.UPDATED, Optional.of(why)),
          Optional.of(new GuildLink.Untracked(linked.membership())));
    }
    return new CharacterOutcome(
        new ItemOutcome<>(character, CharacterSyncOutcome.UPDATED, Optional.empty()),
        Optional.of(link));
  }
}
