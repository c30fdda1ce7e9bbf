package dev.guildsync.testing.character;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.claim.LeasePort;
import dev.guildsync.testing.LeasePortContract;
import java.time.Instant;
import java.util.List;

/**
 * The lease half of {@link dev.guildsync.core.character.CharacterStorePort}'s contract, as {@link
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
        Claimed<DueCharacter> batch = fixture.store().claimDueCharacters(query);
        return new Claimed<>(batch.lease(), batch.items().stream().map(DueCharacter::key).toList());
      }

      @Override
      public boolean saveNotFound(Lease lease, CharacterKey key, Instant at) {
        return fixture
            .store()
            .saveCharacters(
                lease, List.of(new CharacterChange.Common(new CommonChange.NotFound<>(key, at))))
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
