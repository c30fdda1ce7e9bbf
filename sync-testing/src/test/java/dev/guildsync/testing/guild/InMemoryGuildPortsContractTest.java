package dev.guildsync.testing.guild;

import org.junit.jupiter.api.Nested;

/** The in-memory guild fakes pass the same contract tests as the real adapters. */
class InMemoryGuildPortsContractTest {

  @Nested
  class GuildStore extends GuildStorePortContract {
    @Override
    protected GuildStoreFixture newFixture() {
      return new InMemoryGuildStoreFixture();
    }
  }

  @Nested
  class GuildStoreCharacters extends GuildStoreCharactersContract {
    @Override
    protected GuildStoreFixture newFixture() {
      return new InMemoryGuildStoreFixture();
    }
  }

  @Nested
  class GuildStoreClaims extends GuildStoreLeaseContract {
    @Override
    protected GuildStoreFixture newFixture() {
      return new InMemoryGuildStoreFixture();
    }
  }

  @Nested
  class GuildLeases extends GuildLeasePortContract {
    @Override
    protected GuildStoreFixture newFixture() {
      return new InMemoryGuildStoreFixture();
    }
  }

  @Nested
  class GuildRegistry extends GuildRegistryPortContract {
    @Override
    protected GuildStoreFixture newFixture() {
      return new InMemoryGuildStoreFixture();
    }
  }

  @Nested
  class GuildFollow extends GuildFollowContract {
    @Override
    protected GuildStoreFixture newFixture() {
      return new InMemoryGuildStoreFixture();
    }
  }
}
