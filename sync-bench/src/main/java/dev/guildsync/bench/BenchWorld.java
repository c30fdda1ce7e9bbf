package dev.guildsync.bench;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.Faction;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.simulator.BattleNetSimulator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The bench's world, a pure function of the character key {@code i} (1..n), so the database, the
 * simulator and both sides of the store bench agree without holding a list of characters.
 *
 * <p>1,000 local guilds (odd ids in eu, even in us). Of the characters: 30% are in a guild no local
 * guild tracks, 35% in a tracked guild of their own region, 35% guildless.
 */
final class BenchWorld {
  static final int GUILDS = 1_000;
  static final Instant LAST_MODIFIED = Instant.parse("2026-11-23T18:30:00Z");
  static final String LAST_MODIFIED_HEADER = "Mon, 23 Nov 2026 18:30:00 GMT";
  private static final long TRACKED_BNET_BASE = 700_000_000L;
  private static final long UNTRACKED_BNET_BASE = 900_000_000L;
  private static final Instant LAST_LOGIN = Instant.parse("2026-11-23T18:00:00Z");
  private static final String[] CLASSES = {"Paladin", "Mage", "Priest", "Warrior", "Druid"};

  private BenchWorld() {}

  static Region region(long i) {
    return i % 2 == 0 ? Region.US : Region.EU;
  }

  static String realm(long i) {
    return "realm-" + (i % 50);
  }

  static String name(long i) {
    return "c" + i;
  }

  /** The inverse of {@link #name}: which character a name is. */
  static long index(String name) {
    return Long.parseLong(name.substring(1));
  }

  /** The local guild a tracked character is in: same region parity as the character. */
  static long localGuild(long i) {
    return 2 * ((i / 20) % (GUILDS / 2)) + (i % 2 == 0 ? 2 : 1);
  }

  /** What Battle.net says of character {@code i}'s guild, if any. */
  static Optional<ProfileGuild> guild(long i) {
    int kind = (int) (i % 20);
    if (kind < 6) {
      long bnet = UNTRACKED_BNET_BASE + i % 500;
      return Optional.of(new ProfileGuild(BnetGuildId.of(bnet), "Untracked " + bnet, realm(i)));
    }
    if (kind < 13) {
      long g = localGuild(i);
      return Optional.of(
          new ProfileGuild(BnetGuildId.of(TRACKED_BNET_BASE + g), "Guild " + g, realm(i)));
    }
    return Optional.empty();
  }

  /** How many of characters 1..n end up with a local guild key. */
  static long expectedLinked(long n) {
    long linked = 0;
    for (long i = 1; i <= n; i++) {
      int kind = (int) (i % 20);
      if (kind >= 6 && kind < 13) {
        linked++;
      }
    }
    return linked;
  }

  static CharacterProfile profile(long i) {
    CharacterProfile.Builder builder =
        CharacterProfile.newBuilder()
            .id(BnetCharacterId.of(300_000_000L + i))
            .name(name(i))
            .realmSlug(realm(i))
            .realmName("Realm " + (i % 50))
            .level(70 + (int) (i % 11))
            .characterClass(CLASSES[(int) (i % CLASSES.length)])
            .race("Human")
            .faction(i % 2 == 0 ? Faction.ALLIANCE : Faction.HORDE)
            .activeSpec("Spec " + (i % 3))
            .achievementPoints(10_000 + i % 5_000)
            .averageItemLevel(600 + (int) (i % 40))
            .equippedItemLevel(598 + (int) (i % 40))
            .lastLogin(LAST_LOGIN);
    guild(i).ifPresent(builder::guild);
    return builder.build();
  }

  /** Puts characters 1..n into the simulator. */
  static void loadSimulator(BattleNetSimulator simulator, long n) {
    for (long i = 1; i <= n; i++) {
      simulator.putCharacter(region(i), profile(i), LAST_MODIFIED);
    }
  }

  /** Inserts the 1,000 local guilds. */
  static void seedGuilds(DataSource dataSource) throws SQLException {
    execute(dataSource, seedGuilds(), "ANALYZE guilds");
  }

  private static String seedGuilds() {
    return "INSERT INTO guilds (id, region, bnet_guild_id, name, realm)"
        + " SELECT g, CASE WHEN g % 2 = 0 THEN 'us' ELSE 'eu' END, "
        + TRACKED_BNET_BASE
        + " + g, 'Guild ' || g, 'realm-' || (g % 50) FROM generate_series(1, "
        + GUILDS
        + ") g";
  }

  /**
   * Replaces every character row with characters 1..n as an application would have them (contract
   * columns only, never synced), then analyzes and checkpoints, so each measured side starts from
   * the same table state and pays for none of the previous side's writes.
   */
  static void resetCharacters(DataSource dataSource, long n) throws SQLException {
    execute(
        dataSource,
        // Guild rows reference characters (their leader) since the guild sync: both go, and the
        // guilds come back as seeded.
        "TRUNCATE characters, guilds CASCADE",
        seedGuilds(),
        "INSERT INTO characters (id, region, realm, name)"
            + " SELECT i, CASE WHEN i % 2 = 0 THEN 'us' ELSE 'eu' END, 'realm-' || (i % 50),"
            + " 'c' || i FROM generate_series(1, "
            + n
            + ") i",
        "VACUUM ANALYZE characters, guilds",
        "CHECKPOINT");
  }

  private static void execute(DataSource dataSource, String... statements) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      connection.setAutoCommit(true);
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }

  /**
   * A digest of the synced rows, to check that both sides of the store bench wrote the same thing.
   */
  record Digest(
      long synced, long linked, long guildKeySum, long bnetIdSum, long pointsSum, long levelSum) {}

  static Digest digest(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement();
        var rows =
            sql.executeQuery(
                "SELECT count(last_synced_at), count(guild_id), coalesce(sum(guild_id), 0),"
                    + " coalesce(sum(bnet_character_id), 0), coalesce(sum(achievement_points), 0),"
                    + " coalesce(sum(level), 0) FROM characters WHERE is_available")) {
      rows.next();
      return new Digest(
          rows.getLong(1),
          rows.getLong(2),
          rows.getLong(3),
          rows.getLong(4),
          rows.getLong(5),
          rows.getLong(6));
    }
  }
}
