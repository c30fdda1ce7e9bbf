package dev.guildsync.core.testing.character;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Lease;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.ClaimedCharacters;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.DueQuery;
import dev.guildsync.core.port.LeasePort;
import dev.guildsync.core.testing.LeasePortContract;
import java.time.Instant;
import java.util.List;

/**
 * The lease half of {@link dev.guildsync.core.port.CharacterStorePort}'s contract, as {@link
 * LeasePort} states it ({@link LeasePortContract} over characters). Extend it and return a fresh,
 * empty fixture from {@link #newFixture()}.
 */
public abstract class CharacterLeaseContract extends LeasePortContract<CharacterKey> {

  /** A fixture over the implementation under test, with no rows. */
  protected abstract StoreFixture newFixture();

  @Override
  protected Items<CharacterKey> newItems() {
    StoreFixture fixture = newFixture();
    return new Items<>() {
      @Override
      public LeasePort leases() {
        return fixture.store();
      }

      @Override
      public CharacterKey add(String name) {
        return fixture.addCharacter(new CharacterRef(Region.EU, "argent-dawn", name));
      }

      @Override
      public Claimed<CharacterKey> claim(DueQuery query) {
        ClaimedCharacters batch = fixture.store().claimDue(query);
        return new Claimed<>(
            batch.lease(), batch.characters().stream().map(DueCharacter::key).toList());
      }

      @Override
      public boolean saveNotFound(Lease lease, CharacterKey key, Instant at) {
        return fixture
            .store()
            .save(lease, List.of(new CharacterChange.NotFound(key, at)))
            .leaseLost()
            .isEmpty();
      }

      @Override
      public boolean available(CharacterKey key) {
        return fixture.read(key).available();
      }

      @Override
      public Object read(CharacterKey key) {
        return fixture.read(key);
      }
    };
  }
}
