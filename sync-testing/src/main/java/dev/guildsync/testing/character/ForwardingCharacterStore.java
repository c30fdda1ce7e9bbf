package dev.guildsync.testing.character;

import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.CharacterStorePort;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.Lease;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A {@link CharacterStorePort} that passes every call to another one: extend it and override the
 * calls a test wants to record or disturb.
 */
public class ForwardingCharacterStore implements CharacterStorePort {
  private final CharacterStorePort store;

  /** Forwards to {@code store}. */
  public ForwardingCharacterStore(CharacterStorePort store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Claimed<DueCharacter> claimDueCharacters(DueQuery query) {
    return store.claimDueCharacters(query);
  }

  @Override
  public CharacterSaveResult saveCharacters(Lease lease, List<CharacterChange> changes) {
    return store.saveCharacters(lease, changes);
  }

  @Override
  public CharacterSaveResult saveCharacters(
      Lease lease, List<CharacterChange> changes, FailureBackoff backoff) {
    return store.saveCharacters(lease, changes, backoff);
  }

  @Override
  public Lease renew(Lease lease, Instant until) {
    return store.renew(lease, until);
  }

  @Override
  public void release(Lease lease) {
    store.release(lease);
  }
}
