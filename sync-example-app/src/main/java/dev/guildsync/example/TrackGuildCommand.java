package dev.guildsync.example;

import com.zaxxer.hikari.HikariDataSource;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code track-guild}: starts tracking a guild by its name alone; its first roster teaches it its
 * Battle.net id. Idempotent: the same guild twice prints the same local id. The last line of
 * standard output is the local guild id alone (a contract, for scripts).
 */
@Command(
    name = "track-guild",
    mixinStandardHelpOptions = true,
    description = {
      "Tracks a guild by region, realm slug and name; prints its local id on the last line.",
      "The next sync fetches its roster: its Battle.net id, members and ranks."
    })
final class TrackGuildCommand extends DatabaseCommand {
  @Mixin GuildNameOptions guild;

  @Override
  public Integer call() {
    database.validate();
    Region region = guild.region();
    String realmSlug = guild.realmSlug();
    String guildName = guild.name();
    PrintWriter out = spec.commandLine().getOut();
    try (HikariDataSource pool = database.pool(env, 2)) {
      GuildKey key = Schema.verifiedStore(pool).trackGuild(region, realmSlug, guildName);
      out.printf(
          "Tracking %s (%s, %s) as local guild id:%n%d%n",
          guildName, region.code(), realmSlug, key.value());
    }
    out.flush();
    return ExitCode.OK;
  }
}
