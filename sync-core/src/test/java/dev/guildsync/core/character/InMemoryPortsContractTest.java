package dev.guildsync.core.character;

import dev.guildsync.core.testing.character.CharacterLeaseContract;
import dev.guildsync.core.testing.character.CharacterRetentionContract;
import dev.guildsync.core.testing.character.CharacterStorePortContract;
import dev.guildsync.core.testing.character.GuildLookupPortContract;
import dev.guildsync.core.testing.character.InMemoryStoreFixture;
import dev.guildsync.core.testing.character.RetentionStoreFixture;
import dev.guildsync.core.testing.character.StoreFixture;
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
}
