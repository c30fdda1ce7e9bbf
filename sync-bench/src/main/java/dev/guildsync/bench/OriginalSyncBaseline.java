package dev.guildsync.bench;

import dev.guildsync.core.Faction;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.ProfileGuild;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What the original system did on the database side, made correct: for each character one {@code
 * SELECT id FROM guilds WHERE ... bnet_guild_id = ?} and one {@code UPDATE characters ... WHERE id
 * = ?}, in autocommit, over plain JDBC. Unlike the original it writes the LOCAL guild id or NULL
 * (the original wrote the Battle.net id and died on the foreign key).
 *
 * <p>It is given every advantage the original could fairly have had: one connection for the whole
 * run, statements prepared once, the guild lookup by (region, id) so it uses the unique index, and
 * no lookup for a guildless character.
 */
final class OriginalSyncBaseline {
  private final DataSource dataSource;

  OriginalSyncBaseline(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Syncs every character row; returns how many rows it updated. */
  long run(Instant syncedAt) throws SQLException {
    OffsetDateTime synced = syncedAt.atOffset(ZoneOffset.UTC);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement all = connection.prepareStatement("SELECT id FROM characters");
          ResultSet rows = all.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      long updated = 0;
      try (PreparedStatement lookup =
              connection.prepareStatement(
                  "SELECT id FROM guilds WHERE region = ? AND bnet_guild_id = ?");
          PreparedStatement update = connection.prepareStatement(UPDATE)) {
        for (long i : ids) {
          CharacterProfile profile = BenchWorld.profile(i);
          Long guildKey = null;
          Optional<ProfileGuild> guild = profile.guild();
          if (guild.isPresent()) {
            lookup.setString(1, BenchWorld.region(i).code());
            lookup.setLong(2, guild.get().bnetGuildId().value());
            try (ResultSet found = lookup.executeQuery()) {
              if (found.next()) {
                guildKey = found.getLong(1);
              }
            }
          }
          bind(update, i, profile, guildKey, synced);
          updated += update.executeUpdate();
        }
      }
      return updated;
    }
  }

  private static final String UPDATE =
      "UPDATE characters SET bnet_character_id = ?, guild_id = ?, level = ?, class = ?, race = ?,"
          + " faction = ?, active_spec = ?, achievement_points = ?, average_item_level = ?,"
          + " equipped_item_level = ?, last_login_at = ?, is_available = true,"
          + " last_synced_at = ?, last_modified = ?, failure_count = 0, last_error = NULL,"
          + " next_attempt_at = NULL, lease_id = NULL, lease_until = NULL WHERE id = ?";

  private static void bind(
      PreparedStatement update,
      long id,
      CharacterProfile profile,
      Long guildKey,
      OffsetDateTime synced)
      throws SQLException {
    Object[] written = written(profile, guildKey);
    for (int c = 0; c < written.length; c++) {
      update.setObject(c + 1, written[c]);
    }
    update.setObject(12, synced);
    update.setString(13, BenchWorld.LAST_MODIFIED_HEADER);
    update.setLong(14, id);
  }

  /**
   * What the original system wrote from a profile, as it did it (a field Battle.net did not send is
   * 0 or blank), in column order: Battle.net id, guild key, level, class, race, faction, active
   * spec, achievement points, average and equipped item level, last login. The set-based floor
   * writes the same.
   */
  static Object[] written(CharacterProfile profile, Long guildKey) {
    return new Object[] {
      profile.id().value(),
      guildKey,
      profile.level().orElse(0),
      profile.characterClass().orElse(""),
      profile.race().orElse(""),
      profile.faction().orElse(Faction.NEUTRAL).name(),
      profile.activeSpec().orElse(null),
      profile.achievementPoints().orElse(0),
      profile.averageItemLevel().orElse(0),
      profile.equippedItemLevel().orElse(0),
      profile.lastLogin().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null)
    };
  }
}
