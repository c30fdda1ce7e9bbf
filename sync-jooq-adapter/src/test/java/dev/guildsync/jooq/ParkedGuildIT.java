package dev.guildsync.jooq;

import static dev.guildsync.jooq.GuildRosters.found;
import static dev.guildsync.jooq.GuildRosters.member;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.GuildSyncService;
import dev.guildsync.core.guild.GuildSyncSettings;
import dev.guildsync.testing.MutableClock;
import dev.guildsync.testing.guild.ScriptedRosterSource;
import dev.guildsync.testing.guild.StoredGuild;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A roster PostgreSQL refuses for its data (here a CHECK constraint of the user's own) parks its
 * guild as the sync's own failures do: the run's back-off after the guild's failure count, not a
 * fixed interval.
 */
class ParkedGuildIT {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void aRefusedRosterParksItsGuildForTheRunsBackoffAfterItsFailureCount() {
    JooqGuildStoreFixture fixture = JooqGuildStoreFixture.empty();
    GuildKey key = fixture.registry().trackGuild(Region.EU, GuildRosters.REALM, "The Long Watch");
    fixture.sql().execute("update guilds set failure_count = 1 where id = " + key.value());
    fixture
        .sql()
        .execute(
            "alter table guilds add constraint app_small_guilds_only"
                + " check (member_count is null or member_count < 2)");
    try {
      GuildSyncReport report =
          GuildSyncService.newBuilder()
              .guildStore(fixture.store())
              .rosterSource(
                  new ScriptedRosterSource()
                      .script(
                          GuildRosters.LONG_WATCH,
                          found(List.of(member(1, "Aeron", 0), member(2, "Kenion", 3)))))
              .clock(new MutableClock(T0))
              .settings(
                  GuildSyncSettings.newBuilder()
                      .failureBackoff(Duration.ofMinutes(10), Duration.ofHours(6))
                      .build())
              .build()
              .run();

      StoredGuild parked = fixture.readGuild(key);
      assertThat(report.failed()).isEqualTo(1);
      assertThat(parked.failureCount()).isEqualTo(2);
      assertThat(parked.lastError()).hasValueSatisfying(e -> assertThat(e).contains("app_small"));
      assertThat(parked.nextAttemptAt())
          .as("the run's back-off after a second failure: 10 min doubled once")
          .contains(T0.plus(Duration.ofMinutes(20)));
    } finally {
      fixture.sql().execute("alter table guilds drop constraint app_small_guilds_only");
    }
  }
}
