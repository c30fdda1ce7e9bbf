package dev.guildsync.demo;

import dev.guildsync.core.character.CharacterOutcome;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** What the demo prints: the original bug, each character's outcome, and the final rows. */
final class DemoReport {
  private DemoReport() {}

  /** One character row, without the sync time, which every run moves. */
  record Row(
      long id,
      String region,
      String realm,
      String name,
      Long bnetCharacterId,
      Long guildId,
      boolean available,
      Integer level,
      int failureCount,
      String lastModified,
      boolean purged) {}

  /** Writes the Battle.net guild id into the foreign key, as the original system did, and fails. */
  static void originalBug(PrintWriter out, DataSource dataSource) throws SQLException {
    out.println(
        "The original bug: writing Battle.net guild id 115248327 into characters.guild_id ...");
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      connection.setAutoCommit(false);
      try {
        sql.executeUpdate("UPDATE characters SET guild_id = 115248327 WHERE id = 1");
        out.println("  ... unexpectedly succeeded");
      } catch (SQLException e) {
        out.println("  ... " + e.getMessage().lines().findFirst().orElse(""));
      } finally {
        connection.rollback();
      }
    }
    out.println(
        "guildsync instead maps (region, Battle.net guild id) to the local guild key, or NULL.");
    out.println();
  }

  static void outcomes(PrintWriter out, List<CharacterOutcome> outcomes) {
    List<CharacterOutcome> sorted = new ArrayList<>(outcomes);
    sorted.sort(Comparator.comparingLong(o -> o.character().key().value()));
    for (CharacterOutcome outcome : sorted) {
      String who = outcome.character().ref().toString();
      String story =
          DemoWorld.CHARACTERS.stream()
              .filter(c -> c.key() == outcome.character().key().value())
              .map(DemoWorld.Character::story)
              .findFirst()
              .orElse("");
      out.printf(Locale.ROOT, "  %-28s %s%n", who, story);
      out.printf(Locale.ROOT, "  %-28s -> %s%n", "", outcome.describe());
    }
  }

  static List<Row> rows(DataSource dataSource) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement();
        ResultSet r =
            sql.executeQuery(
                "SELECT id, region, realm, name, bnet_character_id, guild_id, is_available, level,"
                    + " failure_count, last_modified, purged_at IS NOT NULL AS purged"
                    + " FROM characters ORDER BY id")) {
      while (r.next()) {
        rows.add(
            new Row(
                r.getLong("id"),
                r.getString("region"),
                r.getString("realm"),
                r.getString("name"),
                r.getObject("bnet_character_id", Long.class),
                r.getObject("guild_id", Long.class),
                r.getBoolean("is_available"),
                r.getObject("level", Integer.class),
                r.getInt("failure_count"),
                r.getString("last_modified"),
                r.getBoolean("purged")));
      }
    }
    return rows;
  }

  static void table(PrintWriter out, List<Row> rows) {
    out.println("The characters table now:");
    out.printf(
        Locale.ROOT,
        "  %-3s %-6s %-16s %-12s %-11s %-8s %-9s %-5s %s%n",
        "id",
        "region",
        "realm",
        "name",
        "bnet id",
        "guild_id",
        "available",
        "level",
        "purged");
    for (Row row : rows) {
      out.printf(
          Locale.ROOT,
          "  %-3d %-6s %-16s %-12s %-11s %-8s %-9s %-5s %s%n",
          row.id(),
          row.region(),
          row.realm(),
          row.name(),
          row.bnetCharacterId() == null ? "-" : row.bnetCharacterId().toString(),
          row.guildId() == null ? "NULL" : row.guildId().toString(),
          row.available(),
          row.level() == null ? "-" : row.level().toString(),
          row.purged() ? "yes" : "-");
    }
  }
}
