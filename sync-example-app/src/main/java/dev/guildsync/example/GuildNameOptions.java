package dev.guildsync.example;

import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildSlug;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** {@code --region}, {@code --realm} and {@code --name}: a guild as it is tracked, checked. */
final class GuildNameOptions {
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

  Region region() {
    return Region.parse(region.strip());
  }

  /**
   * @throws UsageException when {@code --realm} is not a slug, with the slug to try
   */
  String realmSlug() {
    String value = realm.strip();
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

  /**
   * @throws UsageException when {@code --name} is blank
   */
  String name() {
    String guildName = name.strip();
    if (guildName.isEmpty()) {
      throw new UsageException(
          "--name must not be empty: type the guild's name, e.g. \"The Long Watch\"");
    }
    return guildName;
  }
}
