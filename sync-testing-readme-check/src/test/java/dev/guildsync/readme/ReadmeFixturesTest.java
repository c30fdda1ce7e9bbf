package dev.guildsync.readme;

import dev.guildsync.testing.character.CharacterStorePortContract;
import dev.guildsync.testing.character.GuildLookupPortContract;
import dev.guildsync.testing.character.InMemoryStoreFixture;
import dev.guildsync.testing.character.StoreFixture;
import org.junit.jupiter.api.Nested;

/**
 * The README's "Your own schema" example, as a user writes it, with only the README's test
 * dependencies on the classpath: it compiles and the contract tests run (AssertJ comes with
 * sync-testing, not from this build).
 */
class ReadmeFixturesTest {
  @Nested
  class Guilds extends GuildLookupPortContract {
    @Override
    protected StoreFixture newFixture() {
      return new InMemoryStoreFixture();
    }
  }

  @Nested
  class Characters extends CharacterStorePortContract {
    @Override
    protected StoreFixture newFixture() {
      return new InMemoryStoreFixture();
    }
  }
}
