package dev.guildsync.bench;

import dev.guildsync.core.character.CharacterProfile;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The floor PostgreSQL itself sets for measurement 1: the rows the other sides write, written by
 * one set-based {@code UPDATE ... FROM unnest(...)} per batch in autocommit, with no claim, no
 * guild lookup (the local guild keys are read once, before the clock starts) and no library code.
 * No correct sync can write its rows faster on the same table; the adapter's rate is reported as a
 * share of this one.
 */
final class SetBasedFloor {
  private static final String UPDATE =
      "UPDATE characters c SET bnet_character_id = v.bnet_id, guild_id = v.guild_id,"
          + " level = v.level, class = v.class, race = v.race, faction = v.faction,"
          + " active_spec = v.spec, achievement_points = v.points,"
          + " average_item_level = v.average, equipped_item_level = v.equipped,"
          + " last_login_at = v.login, is_available = true, last_synced_at = ?,"
          + " last_validated_at = ?, last_modified = ?, failure_count = 0"
          + " FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::int[], ?::text[], ?::text[],"
          + " ?::text[], ?::text[], ?::bigint[], ?::int[], ?::int[], ?::timestamptz[])"
          + " AS v(id, bnet_id, guild_id, level, class, race, faction, spec, points, average,"
          + " equipped, login) WHERE c.id = v.id";

  private final DataSource dataSource;

  SetBasedFloor(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The local guild keys by region and Battle.net id; read before anything is timed. */
  Map<String, Long> guildKeys() throws SQLException {
    Map<String, Long> keys = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement all =
            connection.prepareStatement("SELECT region, bnet_guild_id, id FROM guilds");
        ResultSet rows = all.executeQuery()) {
      while (rows.next()) {
        keys.put(rows.getString(1) + "/" + rows.getLong(2), rows.getLong(3));
      }
    }
    return keys;
  }

  /** Writes characters 1..{@code characters} in batches of {@code batchSize}; returns the rows. */
  long run(long characters, int batchSize, Instant syncedAt, Map<String, Long> guildKeys)
      throws SQLException {
    OffsetDateTime synced = syncedAt.atOffset(ZoneOffset.UTC);
    long updated = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(UPDATE)) {
      connection.setAutoCommit(true);
      for (long first = 1; first <= characters; first += batchSize) {
        long last = Math.min(characters, first + batchSize - 1);
        bind(connection, update, first, last, synced, guildKeys);
        updated += update.executeUpdate();
      }
    }
    return updated;
  }

  private static void bind(
      Connection connection,
      PreparedStatement update,
      long first,
      long last,
      OffsetDateTime synced,
      Map<String, Long> guildKeys)
      throws SQLException {
    List<Object[]> columns = new ArrayList<>();
    int n = (int) (last - first + 1);
    for (int c = 0; c < 12; c++) {
      columns.add(new Object[n]);
    }
    for (int k = 0; k < n; k++) {
      long i = first + k;
      CharacterProfile p = BenchWorld.profile(i);
      Long guildKey =
          p.guild()
              .map(g -> guildKeys.get(BenchWorld.region(i).code() + "/" + g.bnetGuildId().value()))
              .orElse(null);
      Object[] written = OriginalSyncBaseline.written(p, guildKey);
      Object[] row = new Object[written.length + 1];
      row[0] = i;
      System.arraycopy(written, 0, row, 1, written.length);
      for (int c = 0; c < row.length; c++) {
        columns.get(c)[k] = row[c];
      }
    }
    update.setObject(1, synced);
    update.setObject(2, synced);
    update.setString(3, BenchWorld.LAST_MODIFIED_HEADER);
    String[] types = {
      "bigint",
      "bigint",
      "bigint",
      "int4",
      "text",
      "text",
      "text",
      "text",
      "bigint",
      "int4",
      "int4",
      "timestamptz"
    };
    for (int c = 0; c < types.length; c++) {
      Array array = connection.createArrayOf(types[c], columns.get(c));
      update.setArray(4 + c, array);
    }
  }
}
