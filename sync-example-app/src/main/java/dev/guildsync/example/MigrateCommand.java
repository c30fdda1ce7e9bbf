package dev.guildsync.example;

import dev.guildsync.core.SyncException;
import java.io.PrintWriter;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
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
    database.validate();
    MigrateResult result = migrate(database.jdbcUrl, database.user, env);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Schema is at version %s (%d migrations applied now).%n",
        result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion,
        result.migrationsExecuted);
    out.flush();
    return GuildsyncCli.OK;
  }

  /**
   * Applies the shipped migration.
   *
   * @throws SyncException with one line when the database cannot be reached or migrated
   */
  static MigrateResult migrate(String jdbcUrl, String user, Environment env) {
    try {
      return Flyway.configure()
          .dataSource(jdbcUrl, user, env.get(Environment.DB_PASSWORD).orElse(null))
          .locations(Schema.MIGRATION_LOCATION)
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (FlywayException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("Unable to obtain connection")) {
        throw new SyncException("database unreachable at " + Schema.redact(jdbcUrl), e);
      }
      throw new SyncException(
          "migration failed: " + message.lines().findFirst().orElse(message), e);
    }
  }
}
