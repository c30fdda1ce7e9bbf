package dev.guildsync.example;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code guilds}: lists the tracked guilds with their sync state, so a guild that Battle.net does
 * not serve (a mistyped realm or name) shows with its reason. {@code --json} prints the same rows
 * as a JSON array, a contract like {@code --report-json}'s.
 */
@Command(
    name = "guilds",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the tracked guilds: id, region, realm, name, Battle.net id, available,",
      "last synced and last error."
    })
final class GuildsCommand extends DatabaseCommand {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT);

  @Option(names = "--json", description = "Print a JSON array instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    database.validate();
    PrintWriter out = spec.commandLine().getOut();
    try (HikariDataSource pool = database.pool(env, 1)) {
      Schema.verifiedStore(pool);
      List<GuildRows.Row> rows = GuildRows.list(pool);
      if (json) {
        out.println(ReportJson.toString(rows.stream().map(GuildsCommand::json).toList()));
      } else {
        table(out, rows);
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void table(PrintWriter out, List<GuildRows.Row> rows) {
    String format = "%-6s %-6s %-20s %-28s %-12s %-9s %-17s %s%n";
    out.printf(
        Locale.ROOT,
        format,
        "id",
        "region",
        "realm",
        "name",
        "bnet id",
        "available",
        "last synced",
        "last error");
    for (GuildRows.Row row : rows) {
      out.printf(
          Locale.ROOT,
          format,
          row.id(),
          row.region(),
          row.realm(),
          row.name(),
          row.bnetGuildId().map(String::valueOf).orElse("-"),
          row.available() ? "yes" : "no",
          row.lastSyncedAt().map(GuildsCommand::when).orElse("never"),
          row.lastError().orElse(""));
    }
    out.printf(Locale.ROOT, "%s.%n", Plural.count(rows.size(), "guild", "guilds"));
  }

  private static String when(OffsetDateTime at) {
    return WHEN.format(at.withOffsetSameInstant(ZoneOffset.UTC));
  }

  private static Map<String, Object> json(GuildRows.Row row) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", row.id());
    json.put("region", row.region());
    json.put("realm", row.realm());
    json.put("name", row.name());
    json.put("bnetGuildId", row.bnetGuildId().orElse(null));
    json.put("available", row.available());
    json.put("lastSyncedAt", row.lastSyncedAt().map(t -> t.toInstant().toString()).orElse(null));
    json.put("lastError", row.lastError().orElse(null));
    return json;
  }
}
