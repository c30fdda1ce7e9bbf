package dev.guildsync.jooq;

import dev.guildsync.testing.guild.GuildFollowContract;
import dev.guildsync.testing.guild.GuildLeasePortContract;
import dev.guildsync.testing.guild.GuildRegistryPortContract;
import dev.guildsync.testing.guild.GuildStoreCharactersContract;
import dev.guildsync.testing.guild.GuildStoreFixture;
import dev.guildsync.testing.guild.GuildStoreLeaseContract;
import dev.guildsync.testing.guild.GuildStorePortContract;
import org.junit.jupiter.api.Nested;

/** The core's guild port contracts, run against PostgreSQL: the adapter behaves as the fakes do. */
class JooqGuildPortsContractIT {

  @Nested
  class GuildStore extends GuildStorePortContract {
    @Override
    protected GuildStoreFixture newFixture() {
      return JooqGuildStoreFixture.empty();
    }
  }

  @Nested
  class GuildStoreCharacters extends GuildStoreCharactersContract {
    @Override
    protected GuildStoreFixture newFixture() {
      return JooqGuildStoreFixture.empty();
    }
  }

  @Nested
  class GuildStoreClaims extends GuildStoreLeaseContract {
    @Override
    protected GuildStoreFixture newFixture() {
      return JooqGuildStoreFixture.empty();
    }
  }

  @Nested
  class GuildLeases extends GuildLeasePortContract {
    @Override
    protected GuildStoreFixture newFixture() {
      return JooqGuildStoreFixture.empty();
    }
  }

  @Nested
  class GuildRegistry extends GuildRegistryPortContract {
    @Override
    protected GuildStoreFixture newFixture() {
      return JooqGuildStoreFixture.empty();
    }
  }

  @Nested
  class GuildFollow extends GuildFollowContract {
    @Override
    protected GuildStoreFixture newFixture() {
      return JooqGuildStoreFixture.empty();
    }
  }
}
