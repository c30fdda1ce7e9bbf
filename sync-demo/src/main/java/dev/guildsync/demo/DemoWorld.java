package dev.guildsync.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The demo's small world: one character per sync rule. The same Battle.net guild id 115248327 is
 * tracked locally twice, as guild 5 in eu and guild 6 in us.
 */
final class DemoWorld {
  static final long LONG_WATCH = 115248327L;
  static final long UNTRACKED_GUILD = 99887766L;

  /** A seeded character: its row, what the simulator does for it, and what the demo shows. */
  record Character(
      long key,
      String region,
      String realm,
      String name,
      String story,
      Long storedBnetId,
      Long storedGuildKey) {}

  static final List<Character> CHARACTERS =
      List.of(
          new Character(
              1,
              "eu",
              "argent-dawn",
              "Ærøn",
              "in eu guild 115248327, tracked as local guild 5",
              null,
              null),
          new Character(
              2,
              "us",
              "stormrage",
              "Keniön",
              "in us guild 115248327, tracked as local guild 6",
              null,
              null),
          new Character(
              3,
              "eu",
              "argent-dawn",
              "Drekthar",
              "in eu guild 99887766, which no local guild tracks",
              null,
              null),
          new Character(
              4,
              "eu",
              "argent-dawn",
              "Solenne",
              "was linked to guild 5, has left every guild",
              201_000_004L,
              5L),
          new Character(5, "eu", "argent-dawn", "Vanished", "Battle.net answers 404", null, null),
          new Character(
              6,
              "eu",
              "argent-dawn",
              "Flickerwick",
              "Battle.net fails twice with 503, then answers",
              null,
              null),
          new Character(
              7,
              "eu",
              "argent-dawn",
              "Ðrakh",
              "stored as Battle.net id 201000007, now id 209999999",
              201_000_007L,
              null),
          new Character(
              8,
              "eu",
              "twisting-nether",
              "Иванка",
              "a Cyrillic name in eu guild 115248327",
              null,
              null));

  private DemoWorld() {}

  /** Inserts the guilds and the characters' contract columns, as an application would have them. */
  static void seedDatabase(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "INSERT INTO guilds (id, region, bnet_guild_id, name, realm) VALUES"
              + " (5, 'eu', 115248327, 'The Long Watch', 'argent-dawn'),"
              + " (6, 'us', 115248327, 'Night Shift', 'stormrage')");
      for (Character c : CHARACTERS) {
        try (var insert =
            connection.prepareStatement(
                "INSERT INTO characters (id, region, realm, name, bnet_character_id, guild_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
          insert.setLong(1, c.key());
          insert.setString(2, c.region());
          insert.setString(3, c.realm());
          insert.setString(4, c.name());
          insert.setObject(5, c.storedBnetId());
          insert.setObject(6, c.storedGuildKey());
          insert.executeUpdate();
        }
      }
      // Explicit ids leave the identity sequences behind; the guild story inserts rows with
      // generated ids (tracked guilds, characters created from rosters), so move them past.
      for (String table : List.of("guilds", "characters")) {
        sql.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), (SELECT max(id) FROM "
                + table
                + "))");
      }
    }
  }
}
