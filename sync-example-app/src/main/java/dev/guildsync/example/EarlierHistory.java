package dev.guildsync.example;

import dev.guildsync.jooq.JooqStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A database an earlier snapshot migrated: guildsync's scripts recorded in Flyway's default {@code
 * flyway_schema_history} and no {@code guildsync_schema_history} yet. Without this, {@code migrate}
 * would baseline the new table at 0 and run V1 over the tables that are there. Instead the new
 * table is baselined at the last version of guildsync's own rows in the old one, which is read and
 * never written: the service's rows there, and guildsync's old ones, stay as they were.
 */
final class EarlierHistory {
  static final String EARLIER_TABLE = "flyway_schema_history";

  private EarlierHistory() {}

  /**
   * Baselines guildsync's history table when the database is in that state; does nothing otherwise.
   *
   * @param guildsync the configuration {@code migrate} runs (guildsync's scripts and table)
   * @param notice told in one sentence what was done
   * @throws SQLException when the histories cannot be read
   */
  static void adopt(FluentConfiguration guildsync, Consumer<String> notice) throws SQLException {
    Optional<MigrationVersion> version = adoptableVersion(guildsync);
    if (version.isEmpty()) {
      return;
    }
    Flyway.configure()
        .configuration(guildsync)
        .baselineVersion(version.get())
        // No quote in it: Flyway writes the description into its CREATE script unescaped.
        .baselineDescription("adopted from " + EARLIER_TABLE)
        .load()
        .baseline();
    notice.accept(
        String.format(
            "guildsync's history was in %s (an earlier snapshot) at version %s: recorded in %s as"
                + " its baseline; %s is left as it was.",
            EARLIER_TABLE, version.get(), JooqStore.HISTORY_TABLE, EARLIER_TABLE));
  }

  /**
   * The last version up to which every shipped script is recorded, successful and under its own
   * script name, in the earlier table; empty when guildsync's table exists or none is recorded.
   */
  private static Optional<MigrationVersion> adoptableVersion(FluentConfiguration guildsync)
      throws SQLException {
    Map<String, String> earlier;
    try (Connection c = guildsync.getDataSource().getConnection()) {
      if (exists(c, JooqStore.HISTORY_TABLE) || !exists(c, EARLIER_TABLE)) {
        return Optional.empty();
      }
      earlier = appliedScripts(c);
    }
    MigrationVersion adopted = null;
    for (MigrationInfo shipped : Flyway.configure().configuration(guildsync).load().info().all()) {
      if (shipped.getVersion() == null
          || !shipped.getScript().equals(earlier.get(shipped.getVersion().getVersion()))) {
        break;
      }
      adopted = shipped.getVersion();
    }
    return Optional.ofNullable(adopted);
  }

  private static boolean exists(Connection c, String table) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** Version to script name of the earlier table's successful versioned rows. */
  private static Map<String, String> appliedScripts(Connection c) throws SQLException {
    Map<String, String> scripts = new HashMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT version, script FROM "
                    + EARLIER_TABLE
                    + " WHERE success AND version IS NOT NULL");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        scripts.put(rs.getString(1), rs.getString(2));
      }
    }
    return scripts;
  }
}
