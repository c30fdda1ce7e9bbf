package dev.guildsync.bench;

import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSyncListener;
import dev.guildsync.core.guild.GuildSyncSettings;
import dev.guildsync.core.guild.RosterMember;
import dev.guildsync.example.Phase;
import dev.guildsync.example.SyncWiring;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatedGuild;
import dev.guildsync.simulator.SimulatorStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;

/**
 * Measurement 7: what the API quota buys. A world of guilds in the simulator, every member with a
 * profile naming its guild; each side runs on a fresh database with the real wiring: (a) the guilds
 * tracked by name, a guild sync then a character sync; (b) the guilds' rows filled in by hand with
 * their Battle.net ids and every member inserted by name, as before the guild sync existed, then a
 * character sync alone. Each side then runs a second cycle (every guild and character due again).
 */
final class GuildEconomyBench {
  static final Instant LAST_MODIFIED = Instant.parse("2026-11-24T09:00:00Z");
  private static final String FRESH =
      "SELECT count(*) FROM characters"
          + " WHERE guild_id IS NOT NULL AND level IS NOT NULL AND class IS NOT NULL";

  /**
   * What one phase of one cycle cost and what the database held after it.
   *
   * @param fresh characters with a guild link, a level and a class after the phase
   * @param profiles characters whose own profile was synced
   */
  record PhaseCost(
      String label,
      long apiRequests,
      long rosterRequests,
      long profileRequests,
      long notModified,
      long throttled,
      long nanos,
      long characters,
      long fresh,
      long profiles) {}

  /** Both sides; each lists its phases in the order they ran. */
  record Result(int guilds, int members, List<PhaseCost> guildsFirst, List<PhaseCost> alone) {}

  private final BattleNetSimulator simulator;
  private final CharacterSyncSettings characterSettings;
  private final List<GuildRoster> world;

  /** Generates the world ({@code guilds x members}, eu) in the simulator. */
  GuildEconomyBench(
      BattleNetSimulator simulator, int guilds, int members, CharacterSyncSettings settings) {
    this.simulator = simulator;
    this.characterSettings = settings;
    this.world =
        simulator.guilds().generate(Region.EU, guilds, members, 10, LAST_MODIFIED).stream()
            .map(SimulatedGuild::roster)
            .toList();
  }

  /** Side (a): track the guilds by name, sync guilds then characters, twice. */
  List<PhaseCost> guildsFirst(DataSource db, SyncWiring wiring, BenchLog log) throws SQLException {
    for (GuildRoster roster : world) {
      wiring.guildStore().trackGuild(Region.EU, roster.realmSlug(), roster.name());
    }
    return List.of(
        phase("cycle 1: guild sync", db, wiring, Phase.GUILDS, false, log),
        phase("cycle 1: character sync", db, wiring, Phase.CHARACTERS, false, log),
        phase("cycle 2: guild sync", db, wiring, Phase.GUILDS, true, log),
        phase("cycle 2: character sync", db, wiring, Phase.CHARACTERS, true, log));
  }

  /** Side (b): guild rows with their ids and characters by name, then the character sync, twice. */
  List<PhaseCost> charactersAlone(DataSource db, SyncWiring wiring, BenchLog log)
      throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement guild =
            connection.prepareStatement(
                "INSERT INTO guilds (region, bnet_guild_id, name, realm) VALUES ('eu', ?, ?, ?)");
        PreparedStatement character =
            connection.prepareStatement(
                "INSERT INTO characters (region, realm, name) VALUES ('eu', ?, ?)")) {
      connection.setAutoCommit(false);
      for (GuildRoster roster : world) {
        guild.setLong(1, roster.id().value());
        guild.setString(2, roster.name());
        guild.setString(3, roster.realmSlug());
        guild.addBatch();
        for (RosterMember member : roster.members()) {
          character.setString(1, member.character().realmSlug());
          character.setString(2, member.character().name());
          character.addBatch();
        }
      }
      guild.executeBatch();
      character.executeBatch();
      connection.commit();
    }
    BenchDatabases.execute(db, "VACUUM ANALYZE");
    return List.of(
        phase("cycle 1: character sync", db, wiring, Phase.CHARACTERS, false, log),
        phase("cycle 2: character sync", db, wiring, Phase.CHARACTERS, true, log));
  }

  private PhaseCost phase(
      String label, DataSource db, SyncWiring wiring, Phase phase, boolean again, BenchLog log)
      throws SQLException {
    log.progress("7 guild economy: %s...", label);
    // A second cycle makes everything due at once (stale after zero): the cost of a full refresh.
    Duration stale = again ? Duration.ZERO : Duration.ofHours(6);
    SyncWiring.Plan plan =
        new SyncWiring.Plan(
            EnumSet.of(phase),
            CharacterSyncSettings.newBuilder()
                .batchSize(characterSettings.run().batchSize())
                .concurrency(characterSettings.run().concurrency())
                .staleAfter(stale)
                .build(),
            GuildSyncSettings.newBuilder().staleAfter(stale).batchSize(100).concurrency(8).build());
    simulator.resetStats();
    long start = System.nanoTime();
    wiring.runOnce(
        plan, new CharacterSyncListener() {}, new GuildSyncListener() {}, Clock.systemUTC());
    long nanos = System.nanoTime() - start;
    SimulatorStats stats = simulator.stats();
    return new PhaseCost(
        label,
        stats.apiRequests(),
        stats.rosterRequests(),
        stats.profileRequests(),
        stats.notModified(),
        stats.throttled(),
        nanos,
        BenchDatabases.count(db, "SELECT count(*) FROM characters"),
        BenchDatabases.count(db, FRESH),
        BenchDatabases.count(db, "SELECT count(last_synced_at) FROM characters"));
  }

  int guilds() {
    return world.size();
  }

  int members() {
    return world.isEmpty() ? 0 : world.get(0).members().size();
  }
}
