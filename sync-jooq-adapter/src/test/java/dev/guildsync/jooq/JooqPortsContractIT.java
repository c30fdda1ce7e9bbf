package dev.guildsync.jooq;

import dev.guildsync.testing.character.CharacterDetailsContract;
import dev.guildsync.testing.character.CharacterLeaseContract;
import dev.guildsync.testing.character.CharacterRetentionContract;
import dev.guildsync.testing.character.CharacterStorePortContract;
import dev.guildsync.testing.character.DetailStoreFixture;
import dev.guildsync.testing.character.GuildLookupPortContract;
import dev.guildsync.testing.character.RetentionStoreFixture;
import dev.guildsync.testing.character.StoreFixture;
import org.junit.jupiter.api.Nested;

/** The core's port contracts, run against PostgreSQL: the adapter behaves as the fakes do. */
class JooqPortsContractIT {

  @Nested
  class GuildLookup extends GuildLookupPortContract {
    @Override
    protected StoreFixture newFixture() {
      return JooqStoreFixture.empty();
    }
  }

  @Nested
  class CharacterStore extends CharacterStorePortContract {
    @Override
    protected StoreFixture newFixture() {
      return JooqStoreFixture.empty();
    }
  }

  @Nested
  class CharacterRetention extends CharacterRetentionContract {
    @Override
    protected RetentionStoreFixture newFixture() {
      return JooqStoreFixture.empty();
    }
  }

  @Nested
  class CharacterLeases extends CharacterLeaseContract {
    @Override
    protected StoreFixture newFixture() {
      return JooqStoreFixture.empty();
    }
  }

  @Nested
  class CharacterDetails extends CharacterDetailsContract {
    @Override
    protected DetailStoreFixture newFixture() {
      return JooqStoreFixture.empty();
    }
  }
}
