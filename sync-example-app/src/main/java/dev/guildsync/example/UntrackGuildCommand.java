package dev.guildsync.example;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code untrack-guild}: stops tracking a guild, by local id or as it was tracked. Its row is
 * deleted with its memberships, ranks and member events; its characters are kept (they go on being
 * synced), their guild link set to NULL. Idempotent: a guild that is not tracked is said so, exit
 * 0.
 */
@Command(
    name = "untrack-guild",
    mixinStandardHelpOptions = true,
    description = {
      "Stops tracking a guild, by --id or by --region, --realm and --name.",
      "Deletes its row, memberships, ranks and member events; its characters stay, unlinked."
    })
final class UntrackGuildCommand extends DatabaseCommand {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** Either a local id or the guild as it was tracked. */
  static final class Target {
    @Option(
        names = "--id",
        required = true,
        paramLabel = "N",
        description = "The local guild id (as track-guild and guilds print it)")
    Long id;

    @ArgGroup(exclusive = false)
    GuildNameOptions byName;
  }

  @Override
  public Integer call() {
    database.validate();
    PrintWriter out = spec.commandLine().getOut();
    try (HikariDataSource pool = database.pool(env, 2)) {
      Schema.verifiedStore(pool);
      Optional<GuildRows.Row> guild =
          target.id != null
              ? GuildRows.find(pool, target.id)
              : GuildRows.find(
                  pool, target.byName.region(), target.byName.realmSlug(), target.byName.name());
      Optional<GuildRows.Untracked> untracked = guild.flatMap(g -> GuildRows.untrack(pool, g.id()));
      if (untracked.isEmpty()) {
        out.println("No tracked guild " + wanted() + ": nothing to untrack.");
      } else {
        GuildRows.Untracked u = untracked.get();
        out.printf(
            "Untracked %s: deleted %s, %s and %s;%n"
                + "  kept %s, their guild link now NULL (they are still synced).%n",
            u.guild().describe(),
            Plural.count(u.members(), "membership", "memberships"),
            Plural.count(u.ranks(), "rank", "ranks"),
            Plural.count(u.events(), "member event", "member events"),
            Plural.count(u.charactersUnlinked(), "character", "characters"));
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private String wanted() {
    if (target.id != null) {
      return "has local id " + target.id;
    }
    return "is "
        + target.byName.region().code()
        + " "
        + target.byName.realmSlug()
        + " \""
        + target.byName.name()
        + "\"";
  }
}
