package dev.guildsync.bench;

import dev.guildsync.core.Faction;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.ProfileGuild;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
    update.setLong(1, profile.id().value());
    if (guildKey == null) {
      update.setNull(2, Types.BIGINT);
    } else {
      update.setLong(2, guildKey);
    }
    // As the original system did: a field Battle.net did not send is written as 0 or blank.
    update.setInt(3, profile.level().orElse(0));
    update.setString(4, profile.characterClass().orElse(""));
    update.setString(5, profile.race().orElse(""));
    update.setString(6, profile.faction().orElse(Faction.NEUTRAL).name());
    update.setString(7, profile.activeSpec().orElse(null));
    update.setLong(8, profile.achievementPoints().orElse(0));
    update.setInt(9, profile.averageItemLevel().orElse(0));
    update.setInt(10, profile.equippedItemLevel().orElse(0));
    update.setObject(11, profile.lastLogin().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null));
    update.setObject(12, synced);
    update.setString(13, BenchWorld.LAST_MODIFIED_HEADER);
    update.setLong(14, id);
  }
}
