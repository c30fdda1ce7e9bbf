package dev.guildsync.example;

import java.io.PrintWriter;
import org.flywaydb.core.api.output.MigrateResult;
import picocli.CommandLine.Command;

/** {@code migrate}: applies the jOOQ adapter's shipped schema migration with Flyway. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = "Creates or upgrades the guildsync schema (guilds, characters) with Flyway.")
final class MigrateCommand extends DatabaseCommand {

  @Override
  public Integer call() {
    database.probe(env);
    PrintWriter out = spec.commandLine().getOut();
    MigrateResult result = Schema.migrate(database.jdbcUrl, database.user, env, out::println);
    if (result.migrationsExecuted == 0) {
      out.printf("Schema is up to date at version %s.%n", result.initialSchemaVersion);
    } else {
      out.printf(
          "Schema migrated to version %s (%s applied).%n",
          result.targetSchemaVersion,
          Plural.count(result.migrationsExecuted, "migration", "migrations"));
    }
    out.flush();
    return ExitCode.OK;
  }
}
