package dev.guildsync.core.testing.character;

import dev.guildsync.core.Lease;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.ClaimedCharacters;
import dev.guildsync.core.character.DueQuery;
import dev.guildsync.core.port.CharacterStorePort;
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
  public ClaimedCharacters claimDue(DueQuery query) {
    return store.claimDue(query);
  }

  @Override
  public CharacterSaveResult save(Lease lease, List<CharacterChange> changes) {
    return store.save(lease, changes);
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
