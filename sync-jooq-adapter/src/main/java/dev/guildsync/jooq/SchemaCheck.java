package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.CHARACTER_CLAIMS;
import static dev.guildsync.jooq.generated.Tables.GUILDS;
import static dev.guildsync.jooq.generated.Tables.GUILD_CLAIMS;
import static dev.guildsync.jooq.generated.Tables.GUILD_MEMBERS;
import static dev.guildsync.jooq.generated.Tables.GUILD_MEMBER_EVENTS;
import static dev.guildsync.jooq.generated.Tables.GUILD_RANKS;
import static dev.guildsync.jooq.generated.Tables.SYNC_LEASES;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Checks that every table and column the adapter uses exists where the connection's {@code
 * search_path} finds it, in one query over {@code pg_attribute}.
 */
final class SchemaCheck {
  private static final List<Table<?>> TABLES =
      List.of(
          CHARACTERS,
          GUILDS,
          SYNC_LEASES,
          CHARACTER_CLAIMS,
          GUILD_MEMBERS,
          GUILD_RANKS,
          GUILD_MEMBER_EVENTS,
          GUILD_CLAIMS);

  private SchemaCheck() {}

  /**
   * @throws dev.guildsync.core.SyncException naming the first missing table or column
   */
  static void verify(DSLContext dsl) {
    Map<String, Set<String>> columns = new HashMap<>();
    for (Record row :
        dsl.fetch(
            "select t.name, a.attname::text from unnest(?::text[]) as t(name)"
                + " left join pg_attribute a on a.attrelid = to_regclass(t.name)"
                + " and a.attnum > 0 and not a.attisdropped",
            (Object) TABLES.stream().map(Table::getName).toArray(String[]::new))) {
      Set<String> names = columns.computeIfAbsent(row.get(0, String.class), t -> new HashSet<>());
      String column = row.get(1, String.class);
      if (column != null) {
        names.add(column);
      }
    }
    for (Table<?> table : TABLES) {
      Set<String> present = columns.getOrDefault(table.getName(), Set.of());
      if (present.isEmpty()) {
        throw DatabaseErrors.schemaMissing("table " + table.getName());
      }
      for (Field<?> field : table.fields()) {
        if (!present.contains(field.getName())) {
          throw DatabaseErrors.schemaMissing("column " + table.getName() + "." + field.getName());
        }
      }
    }
  }
}
