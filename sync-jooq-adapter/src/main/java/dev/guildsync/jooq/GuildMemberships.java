package dev.guildsync.jooq;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Deletes a purged character's guild memberships. The {@code guild_members} table belongs to the
 * guild sync's migration; this store does not require it, so the statement is plain SQL sent only
 * when the table exists in the current search path (checked in the same transaction: one cheap
 * catalog read per save that purges anything).
 */
final class GuildMemberships {
  private GuildMemberships() {}

  static void delete(DSLContext tx, List<Long> characters) {
    if (characters.isEmpty()) {
      return;
    }
    boolean exists =
        tx.fetchValue(DSL.field("to_regclass('guild_members') is not null", SQLDataType.BOOLEAN));
    if (exists) {
      tx.execute(
          "delete from guild_members where character_id = any(?)",
          DSL.val(characters.toArray(Long[]::new)));
    }
  }
}
