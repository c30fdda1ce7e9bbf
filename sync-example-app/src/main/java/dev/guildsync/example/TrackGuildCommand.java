package dev.guildsync.example;

import com.zaxxer.hikari.HikariDataSource;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.SchemaMissingException;
import dev.guildsync.core.guild.GuildSlug;
import dev.guildsync.jooq.JooqStore;
import java.io.PrintWriter;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
  /** A realm slug as Battle.net writes them: lower case words joined by '-', accents kept. */
  private static final Pattern REALM_SLUG =
      Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}']+(-[\\p{Ll}\\p{Lo}\\p{Nd}']+)*");

  @Option(
      names = "--region",
      required = true,
      paramLabel = "R",
      description = "us, eu, kr, tw or cn")
  String region;

  @Option(
      names = "--realm",
      required = true,
      paramLabel = "SLUG",
      description = "The realm's slug, e.g. argent-dawn (lower case, '-' for spaces)")
  String realm;

  @Option(
      names = "--name",
      required = true,
      paramLabel = "NAME",
      description = "The guild's name as the game shows it, e.g. \"The Long Watch\"")
  String name;

  @Override
  public Integer call() {
    database.validate();
    Region parsedRegion = Region.parse(region.strip());
    String realmSlug = requireRealmSlug(realm.strip());
    String guildName = name.strip();
    if (guildName.isEmpty()) {
      throw new UsageException(
          "--name must not be empty: type the guild's name, e.g. \"The Long Watch\"");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (HikariDataSource pool = database.pool(env, 2)) {
      JooqStore store = JooqStore.create(pool);
      try {
        store.verifySchema();
      } catch (SchemaMissingException e) {
        throw new SchemaMissingException(
            e.getMessage() + " (run `migrate --jdbc-url ...` first)", e);
      }
      GuildKey key = store.trackGuild(parsedRegion, realmSlug, guildName);
      out.printf(
          "Tracking %s (%s, %s) as local guild id:%n%d%n",
          guildName, parsedRegion.code(), realmSlug, key.value());
    }
    out.flush();
    return ExitCode.OK;
  }

  private static String requireRealmSlug(String value) {
    if (REALM_SLUG.matcher(value).matches()) {
      return value;
    }
    String suggestion = value.isEmpty() ? "argent-dawn" : GuildSlug.fromName(value);
    throw new UsageException(
        "--realm must be a realm slug (lower case, '-' for spaces): \""
            + value
            + "\" -> try --realm "
            + suggestion);
  }
}
