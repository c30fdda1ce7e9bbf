package com.example.guildsite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.RunReport;
import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.RosterMember;
import dev.guildsync.jooq.JooqStore;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first sync as docs/getting-started.md describes it: a fresh PostgreSQL, the schema, one
 * tracked guild, a Battle.net on loopback (the simulator), one run; then the rows are checked.
 */
class FirstSyncTest {
  private static EmbeddedPostgres postgres;
  private static BattleNetSimulator battleNet;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    battleNet = BattleNetSimulator.start(SimulatorOptions.defaults());
  }

  @AfterAll
  static void stop() throws Exception {
    battleNet.close();
    postgres.close();
  }

  @Test
  void oneRunSyncsTheTrackedGuildAndTheCharactersOfItsRoster() throws Exception {
    DataSource dataSource = postgres.getPostgresDatabase();
    battleNet
        .guilds()
        .put(
            Region.EU,
            new GuildRoster(
                BnetGuildId.of(115248327),
                "The Long Watch",
                "argent-dawn",
                Optional.of(Faction.ALLIANCE),
                List.of(member(1, "Aeron", 0), member(2, "Bryn", 1), member(3, "Cara", 5))),
            Instant.parse("2026-11-20T18:00:00Z"));

    // guide:first-sync
    SiteSchema.migrate(dataSource);
    JooqStore.create(dataSource).trackGuild(Region.EU, "argent-dawn", "The Long Watch");
    RosterNews news = new RosterNews();
    RunReport report;
    try (SiteSync sync =
        new SiteSync(
            dataSource,
            battleNet.clientId(),
            battleNet.clientSecret(),
            battleNet.baseUrl(),
            battleNet.tokenUrl(),
            news)) {
      report = sync.run();
    }
    // guide:end

    assertThat(report.guilds().orElseThrow().updated()).isEqualTo(1);
    assertThat(report.characters().orElseThrow().updated()).isEqualTo(3);
    assertThat(news.lines()).containsExactly("The Long Watch: 3 joined, 0 left");
    assertThat(
            query(
                dataSource,
                "SELECT c.name || ' ' || g.bnet_guild_id FROM characters c"
                    + " JOIN guilds g ON g.id = c.guild_id ORDER BY c.name"))
        .containsExactly("Aeron 115248327", "Bryn 115248327", "Cara 115248327");
  }

  private static RosterMember member(long id, String name, int rank) {
    return new RosterMember(
        BnetCharacterId.of(id), new CharacterRef(Region.EU, "argent-dawn", name), 80, 2, 3, rank);
  }

  static List<String> query(DataSource dataSource, String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      List<String> result = new ArrayList<>();
      while (rows.next()) {
        result.add(rows.getString(1));
      }
      return result;
    }
  }
}
