package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.RunReport;
import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.RosterMember;
import dev.guildsync.jooq.JooqStore;
import dev.guildsync.simulator.SimulatorOptions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's wiring, run as a user runs it: on PostgreSQL and a Battle.net on loopback. */
class ReadmeWiringIT {
  private static final String ID = "readme-id";
  private static final String SECRET = "readme-secret";
  private static final long LONG_WATCH = 115248327L;

  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.migrated(SimulatorOptions.defaults().withCredentials(ID, SECRET));

  @Test
  void oneBuilderSyncsTheTrackedGuildThenTheCharactersItsRosterBrought() throws Exception {
    STACK
        .simulator()
        .guilds()
        .put(
            Region.EU,
            new GuildRoster(
                BnetGuildId.of(LONG_WATCH),
                "The Long Watch",
                "argent-dawn",
                Optional.of(Faction.ALLIANCE),
                List.of(member(1, "Aeron", 0), member(2, "Bryn", 1), member(3, "Cara", 5))),
            Instant.parse("2026-11-20T18:00:00Z"));

    RunReport report =
        ReadmeBothPhases.syncOnce(
            STACK.db().dataSource(),
            ID,
            SECRET,
            STACK.simulator().baseUrl(),
            STACK.simulator().tokenUrl());

    assertThat(report.guilds().orElseThrow().updated()).isEqualTo(1);
    assertThat(report.guilds().orElseThrow().charactersCreated()).isEqualTo(3);
    assertThat(report.characters().orElseThrow().updated()).isEqualTo(3);
    assertThat(report.characters().orElseThrow().linked()).isEqualTo(3);
    assertThat(report.requests().sent()).as("one roster and three profiles").isEqualTo(4);
    Map<Long, Map<String, Object>> rows = CharacterRows.read(STACK.db(), "guild_id", "name");
    assertThat(rows.values())
        .extracting(row -> row.get("name"))
        .containsExactlyInAnyOrder("Aeron", "Bryn", "Cara");
    assertThat(rows.values()).allSatisfy(row -> assertThat(row.get("guild_id")).isNotNull());
  }

  @Test
  void theCharacterPhaseAloneSyncsTheDueCharacters() throws Exception {
    SimulatedCharacters.put(STACK.simulator(), "Solo", 9_000, 2);
    CharacterRows.execute(
        STACK.db(),
        "INSERT INTO characters (region, realm, name) VALUES"
            + " ('eu', 'argent-dawn', 'Solo0'), ('eu', 'argent-dawn', 'Solo1')");
    JooqStore store = JooqStore.create(STACK.db().dataSource());

    CharacterSyncReport report;
    try (BattleNetClient battleNet =
        BattleNetClient.newBuilder()
            .clientId(ID)
            .clientSecret(SECRET)
            .apiBaseUrl(STACK.simulator().baseUrl())
            .tokenUrl(STACK.simulator().tokenUrl())
            .build()) {
      report = ReadmeOnePhase.syncCharacters(store, battleNet);
    }

    assertThat(report.updated()).isEqualTo(2);
    assertThat(report.guildless()).isEqualTo(2);
  }

  private static RosterMember member(long id, String name, int rank) {
    return new RosterMember(
        BnetCharacterId.of(id), new CharacterRef(Region.EU, "argent-dawn", name), 80, 2, 3, rank);
  }
}
