package dev.guildsync.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Every table of the schema as plain values, for the idempotence check: what a run that found
 * nothing new at Battle.net must leave exactly as it was. Sync times are left out: every run moves
 * them (and only them). So is {@code sync_leases}, the runs' own bookkeeping: its rows are the
 * runs' leases, not data (see {@link #leasesHoldingClaims}).
 */
final class DemoTables {
  /** The table of leases, which every claim writes. */
  static final String LEASES = "sync_leases";

  // A 304 is also a validation under Blizzard's retention rule: it renews last_validated_at.
  private static final Set<String> MOVED_BY_EVERY_RUN =
      Set.of("last_synced_at", "last_validated_at");

  private DemoTables() {}

  /** A snapshot: each table's rows in key order, each row its values as text, by table name. */
  record Snapshot(Map<String, List<List<String>>> tables) {
    Snapshot {
      tables = Map.copyOf(tables);
    }

    /** The compared tables whose rows differ from {@code other}'s, in name order. */
    List<String> differingFrom(Snapshot other) {
      return compared().stream()
          .filter(t -> !Objects.equals(tables.get(t), other.tables().get(t)))
          .toList();
    }

    /** The compared tables' names, in order: every table but {@link #LEASES}. */
    List<String> compared() {
      return tables.keySet().stream().filter(t -> !t.equals(LEASES)).sorted().toList();
    }

    /** How many rows {@code table} has; zero when there is no such table. */
    int rows(String table) {
      return tables.getOrDefault(table, List.of()).size();
    }
  }

  /** How many {@code sync_leases} rows still hold a character or guild claim. */
  static int leasesHoldingClaims(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement();
        ResultSet r =
            sql.executeQuery(
                "SELECT count(*) FROM sync_leases l WHERE EXISTS (SELECT 1 FROM character_claims"
                    + " c WHERE c.lease_id = l.lease_id) OR EXISTS (SELECT 1 FROM guild_claims g"
                    + " WHERE g.lease_id = l.lease_id)")) {
      r.next();
      return r.getInt(1);
    }
  }

  static Snapshot snapshot(DataSource dataSource) throws SQLException {
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      for (String table : tableNames(sql)) {
        tables.put(table, rows(sql, table));
      }
    }
    return new Snapshot(tables);
  }

  private static List<String> tableNames(Statement sql) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet r =
        sql.executeQuery(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'flyway%'"
                + " AND table_name NOT LIKE '%schema_history%' ORDER BY table_name")) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    return names;
  }

  /** Every row, ordered by all of its columns, so the order never depends on physical storage. */
  private static List<List<String>> rows(Statement sql, String table) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (ResultSet r = sql.executeQuery("SELECT * FROM " + table + " t ORDER BY t")) {
      ResultSetMetaData meta = r.getMetaData();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          if (!MOVED_BY_EVERY_RUN.contains(meta.getColumnName(i))) {
            row.add(meta.getColumnName(i) + "=" + r.getString(i));
          }
        }
        rows.add(List.copyOf(row));
      }
    }
    return rows;
  }
}
