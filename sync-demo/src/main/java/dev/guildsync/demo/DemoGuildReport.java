package dev.guildsync.demo;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/** What the guild story reads back with plain SQL, and the tables it ends with. */
final class DemoGuildReport {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private final DataSource dataSource;

  DemoGuildReport(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A {@code guilds} row, as the story shows it. */
  record Guild(
      long id,
      String name,
      String realm,
      String nameSlug,
      String bnetGuildId,
      boolean available,
      String memberCount,
      String leader) {}

  /** A {@code guild_members} row with its character's name and current guild link. */
  record Member(
      long characterId,
      String name,
      int rank,
      String joinedAt,
      String leftAt,
      int missedRosters,
      String characterGuildId) {}

  /** A {@code guild_ranks} row. */
  record Rank(int rank, String name, int memberCount) {}

  /** A {@code guild_member_events} row with its character's current name. */
  record Event(
      long id, String occurredAt, long characterId, String name, String kind, String detail) {}

  Guild guild(long id) throws SQLException {
    List<Guild> rows =
        query(
            "SELECT g.id, g.name, g.realm, g.name_slug, g.bnet_guild_id, g.is_available,"
                + " g.member_count, c.name AS leader FROM guilds g"
                + " LEFT JOIN characters c ON c.id = g.leader_character_id WHERE g.id = ?",
            r ->
                new Guild(
                    r.getLong("id"),
                    r.getString("name"),
                    r.getString("realm"),
                    text(r.getString("name_slug")),
                    text(r.getObject("bnet_guild_id", Long.class)),
                    r.getBoolean("is_available"),
                    text(r.getObject("member_count", Integer.class)),
                    text(r.getString("leader"))),
            id);
    return rows.get(0);
  }

  /** The local guild of this region and Battle.net guild id, if a row holds it. */
  Optional<Long> guildByBnetId(String region, long bnetGuildId) throws SQLException {
    return query(
            "SELECT id FROM guilds WHERE region = ? AND bnet_guild_id = ?",
            r -> r.getLong("id"),
            region,
            bnetGuildId)
        .stream()
        .findFirst();
  }

  /** The local character with this Battle.net id in the demo's region. */
  long character(long bnetCharacterId) throws SQLException {
    return query(
            "SELECT id FROM characters WHERE region = ? AND bnet_character_id = ?",
            r -> r.getLong("id"),
            DemoGuildWorld.REGION.code(),
            bnetCharacterId)
        .get(0);
  }

  List<Member> members(long guildId) throws SQLException {
    return query(
        "SELECT m.character_id, c.name, m.rank, m.joined_at, m.left_at, m.missed_rosters,"
            + " c.guild_id FROM guild_members m JOIN characters c ON c.id = m.character_id"
            + " WHERE m.guild_id = ? ORDER BY m.character_id",
        r ->
            new Member(
                r.getLong("character_id"),
                r.getString("name"),
                r.getInt("rank"),
                time(r, "joined_at"),
                time(r, "left_at"),
                r.getInt("missed_rosters"),
                text(r.getObject("guild_id", Long.class))),
        guildId);
  }

  Member member(long guildId, long characterId) throws SQLException {
    return members(guildId).stream()
        .filter(m -> m.characterId() == characterId)
        .findFirst()
        .orElseThrow();
  }

  List<Rank> ranks(long guildId) throws SQLException {
    return query(
        "SELECT rank, name, member_count FROM guild_ranks WHERE guild_id = ? ORDER BY rank",
        r -> new Rank(r.getInt("rank"), r.getString("name"), r.getInt("member_count")),
        guildId);
  }

  /** The guild's events with an id above {@code afterId}, oldest first. */
  List<Event> events(long guildId, long afterId) throws SQLException {
    return query(
        "SELECT e.id, e.occurred_at, e.character_id, c.name, e.kind, e.detail"
            + " FROM guild_member_events e JOIN characters c ON c.id = e.character_id"
            + " WHERE e.guild_id = ? AND e.id > ? ORDER BY e.id",
        r ->
            new Event(
                r.getLong("id"),
                time(r, "occurred_at"),
                r.getLong("character_id"),
                r.getString("name"),
                r.getString("kind"),
                r.getString("detail")),
        guildId,
        afterId);
  }

  static void membersTable(PrintWriter out, List<Member> members) {
    String row = "  %-9s %-11s %-4s %-19s %-19s %s%n";
    out.printf(Locale.ROOT, row, "character", "name", "rank", "joined_at", "left_at", "guild_id");
    for (Member m : members) {
      out.printf(
          Locale.ROOT,
          row,
          m.characterId(),
          m.name(),
          m.rank(),
          m.joinedAt(),
          m.leftAt(),
          m.characterGuildId());
    }
  }

  static void ranksTable(PrintWriter out, List<Rank> ranks) {
    out.printf(Locale.ROOT, "  %-4s %-13s %s%n", "rank", "name", "member_count");
    ranks.forEach(
        r -> out.printf(Locale.ROOT, "  %-4d %-13s %d%n", r.rank(), r.name(), r.memberCount()));
  }

  static void eventsTable(PrintWriter out, List<Event> events) {
    String row = "  %-3s %-19s %-9s %-11s %-12s %s%n";
    out.printf(Locale.ROOT, row, "id", "occurred_at", "character", "name", "kind", "detail");
    for (Event e : events) {
      out.printf(
          Locale.ROOT,
          row,
          e.id(),
          e.occurredAt(),
          e.characterId(),
          e.name(),
          e.kind(),
          e.detail());
    }
  }

  private interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private <T> List<T> query(String sql, RowReader<T> reader, Object... parameters)
      throws SQLException {
    List<T> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = statement.executeQuery()) {
        while (r.next()) {
          rows.add(reader.read(r));
        }
      }
    }
    return rows;
  }

  private static String time(ResultSet r, String column) throws SQLException {
    OffsetDateTime at = r.getObject(column, OffsetDateTime.class);
    return at == null ? "NULL" : at.withOffsetSameInstant(ZoneOffset.UTC).format(TIME);
  }

  private static String text(Object value) {
    return value == null ? "NULL" : value.toString();
  }
}
