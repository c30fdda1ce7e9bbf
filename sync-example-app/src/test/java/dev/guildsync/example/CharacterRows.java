package dev.guildsync.example;

import dev.guildsync.demo.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** Writes and reads character rows behind the CLI's back, for end-to-end assertions. */
final class CharacterRows {
  private CharacterRows() {}

  static void execute(EmbeddedDatabase db, String... statements) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  /** The single number {@code sql} selects, e.g. a {@code count(*)}. */
  static long count(EmbeddedDatabase db, String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Every character's {@code columns} (as JDBC objects), by id. */
  static Map<Long, Map<String, Object>> read(EmbeddedDatabase db, String... columns)
      throws SQLException {
    Map<Long, Map<String, Object>> rows = new HashMap<>();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT id, " + String.join(", ", columns) + " FROM characters")) {
      while (r.next()) {
        Map<String, Object> row = new HashMap<>();
        for (String column : columns) {
          row.put(column, r.getObject(column));
        }
        rows.put(r.getLong("id"), row);
      }
    }
    return rows;
  }
}
