package dev.guildsync.testing.character;

import org.junit.jupiter.api.Nested;

/** The in-memory fakes pass the same contract tests as the real adapters. */
class InMemoryPortsContractTest {

  @Nested
  class GuildLookup extends GuildLookupPortContract {
    @Override
    protected StoreFixture newFixture() {
      return new InMemoryStoreFixture();
    }
  }

  @Nested
  class CharacterStore extends CharacterStorePortContract {
    @Override
    protected StoreFixture newFixture() {
      return new InMemoryStoreFixture();
    }
  }

  @Nested
  class CharacterRetention extends CharacterRetentionContract {
    @Override
    protected RetentionStoreFixture newFixture() {
      return new InMemoryStoreFixture();
    }
  }

  @Nested
  class CharacterLeases extends CharacterLeaseContract {
    @Override
    protected StoreFixture newFixture() {
      return new InMemoryStoreFixture();
    }
  }

  @Nested
  class CharacterDetails extends CharacterDetailsContract {
    @Override
    protected DetailStoreFixture newFixture() {
      return new InMemoryStoreFixture();
    }
  }
}
