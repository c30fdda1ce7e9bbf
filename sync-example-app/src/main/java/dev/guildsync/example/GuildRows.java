package dev.guildsync.example;

import dev.guildsync.core.Region;
import dev.guildsync.core.SyncException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The application's side of the {@code guilds} table, for {@code guilds} and {@code untrack-guild}:
 * the rows are the application's (the library only syncs them), so the app reads and deletes them
 * with plain SQL on the reference schema. Deleting a guild row is safe while syncs run: the sync
 * locks a guild before it writes for it and writes a guild link only to a guild that still exists.
 */
final class GuildRows {
  private static final String COLUMNS =
      "id, region, realm, name, bnet_guild_id, is_available, last_synced_at, last_error";

  private GuildRows() {}

  /** One guild row as {@code guilds} lists it. */
  record Row(
      long id,
      String region,
      String realm,
      String name,
      Optional<Long> bnetGuildId,
      boolean available,
      Optional<OffsetDateTime> lastSyncedAt,
      Optional<String> lastError) {
    String describe() {
      return "local guild " + id + " (" + region + ", " + realm + ", " + name + ")";
    }
  }

  /** What {@link #untrack} deleted with the guild row, and what it kept. */
  record Untracked(Row guild, int members, int ranks, int events, int charactersUnlinked) {}

  /** Every guild row, by id. */
  static List<Row> list(DataSource db) {
    return query(db, "SELECT " + COLUMNS + " FROM guilds ORDER BY id", ps -> {});
  }

  /**
   * The row tracked as (region, realm slug, name), the name matched in any case, as tracking does.
   */
  static Optional<Row> find(DataSource db, Region region, String realm, String name) {
    return query(
            db,
            "SELECT "
                + COLUMNS
                + " FROM guilds WHERE region = ? AND realm = ? AND lower(name) = lower(?)"
                + " ORDER BY id LIMIT 1",
            ps -> {
              ps.setString(1, region.code());
              ps.setString(2, realm);
              ps.setString(3, name);
            })
        .stream()
        .findFirst();
  }

  /** The row with local id {@code id}. */
  static Optional<Row> find(DataSource db, long id) {
    return query(db, "SELECT " + COLUMNS + " FROM guilds WHERE id = ?", ps -> ps.setLong(1, id))
        .stream()
        .findFirst();
  }

  /**
   * Deletes guild {@code id} in one transaction: its memberships, ranks and member events go with
   * it ({@code ON DELETE CASCADE}); its characters stay, their {@code guild_id} set to NULL ({@code
   * ON DELETE SET NULL}). Counted before the delete, under the row's lock.
   *
   * @return what was deleted; empty when no such guild exists
   */
  static Optional<Untracked> untrack(DataSource db, long id) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        Optional<Untracked> untracked = untrack(c, id);
        c.commit();
        return untracked;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new SyncException("database error while untracking a guild: " + e.getMessage(), e);
    }
  }

  private static Optional<Untracked> untrack(Connection c, long id) throws SQLException {
    Optional<Row> guild;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM guilds WHERE id = ? FOR UPDATE")) {
      ps.setLong(1, id);
      guild = rows(ps).stream().findFirst();
    }
    if (guild.isEmpty()) {
      return Optional.empty();
    }
    int members = count(c, "SELECT count(*) FROM guild_members WHERE guild_id = ?", id);
    int ranks = count(c, "SELECT count(*) FROM guild_ranks WHERE guild_id = ?", id);
    int events = count(c, "SELECT count(*) FROM guild_member_events WHERE guild_id = ?", id);
    int linked = count(c, "SELECT count(*) FROM characters WHERE guild_id = ?", id);
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM guilds WHERE id = ?")) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
    return Optional.of(new Untracked(guild.get(), members, ranks, events, linked));
  }

  private static int count(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private static List<Row> query(DataSource db, String sql, Binder binder) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return rows(ps);
    } catch (SQLException e) {
      throw new SyncException("database error while reading guilds: " + e.getMessage(), e);
    }
  }

  private static List<Row> rows(PreparedStatement ps) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long bnetId = rs.getLong("bnet_guild_id");
        Optional<Long> bnetGuildId = rs.wasNull() ? Optional.empty() : Optional.of(bnetId);
        rows.add(
            new Row(
                rs.getLong("id"),
                rs.getString("region"),
                rs.getString("realm"),
                rs.getString("name"),
                bnetGuildId,
                rs.getBoolean("is_available"),
                Optional.ofNullable(rs.getObject("last_synced_at", OffsetDateTime.class)),
                Optional.ofNullable(rs.getString("last_error"))));
      }
    }
    return rows;
  }
}
