package com.example.guildsite;

import static dev.guildsync.testing.guild.TestRosters.member;
import static dev.guildsync.testing.guild.TestRosters.roster;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildSyncService;
import dev.guildsync.testing.MutableClock;
import dev.guildsync.testing.guild.InMemoryGuildStoreFixture;
import dev.guildsync.testing.guild.ScriptedRosterSource;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The site's own code tested without a database or a network: guildsync's in-memory store and a
 * scripted Battle.net (both from sync-testing) behind the real guild sync.
 */
class RosterNewsTest {
  // guide:fakes
  private final InMemoryGuildStoreFixture store = new InMemoryGuildStoreFixture();
  private final ScriptedRosterSource battleNet = new ScriptedRosterSource();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
  private final RosterNews news = new RosterNews();
  private final GuildSyncService sync =
      GuildSyncService.newBuilder()
          .guildStore(store.store())
          .rosterSource(battleNet)
          .clock(clock)
          .listener(news)
          .build();

  @Test
  void aRosterThatChangedIsNewsAndOneThatDidNotIsNot() {
    store.addGuild(Region.EU, "argent-dawn", "The Long Watch");
    GuildRef longWatch = new GuildRef(Region.EU, "argent-dawn", "the-long-watch");
    battleNet.script(
        longWatch,
        FetchResult.found(
            roster(
                115248327,
                "The Long Watch",
                "argent-dawn",
                member(Region.EU, "argent-dawn", 1, "Aeron", 0),
                member(Region.EU, "argent-dawn", 2, "Bryn", 1)),
            "Mon, 30 Nov 2026 18:00:00 GMT"),
        FetchResult.notModified());

    sync.run(); // both members join
    clock.advance(Duration.ofDays(1));
    sync.run(); // 304: nothing changed

    assertThat(news.lines()).containsExactly("The Long Watch: 2 joined, 0 left");
    assertThat(battleNet.calls()).hasSize(2);
  }
  // guide:end
}
