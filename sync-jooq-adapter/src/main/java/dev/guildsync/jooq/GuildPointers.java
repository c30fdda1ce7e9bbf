package dev.guildsync.jooq;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Clears the guild tables' pointers to purged characters (Blizzard's retention rule): deletes their
 * guild memberships and blanks {@code guilds.leader_character_id} where it names one. Both belong
 * to the guild sync's migration (V3); this store does not require it, so the statements are plain
 * SQL sent only when {@code guild_members} exists in the current search path (checked in the same
 * transaction: one cheap catalog read per save that purges anything).
 */
final class GuildPointers {
  private GuildPointers() {}

  static void clear(DSLContext tx, List<Long> characters) {
    if (characters.isEmpty()) {
      return;
    }
    boolean exists =
        tx.fetchValue(DSL.field("to_regclass('guild_members') is not null", SQLDataType.BOOLEAN));
    if (exists) {
      Long[] keys = characters.toArray(Long[]::new);
      tx.execute("delete from guild_members where character_id = any(?)", DSL.val(keys));
      tx.execute(
          "update guilds set leader_character_id = null where leader_character_id = any(?)",
          DSL.val(keys));
    }
  }
}
