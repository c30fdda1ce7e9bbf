package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorOptions;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the example app's ITs run the CLI against: embedded PostgreSQL, the Battle.net simulator
 * with {@code options}, and (for {@link #migrated}) the schema applied by the {@code migrate}
 * command, as a user would. Started before the class's own {@code @BeforeAll} methods and stopped
 * after the class, once per test class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PostgresAndSimulator STACK =
 *     PostgresAndSimulator.migrated(SimulatorOptions.defaults().withCredentials("id", "secret"));
 * }</pre>
 */
final class PostgresAndSimulator implements BeforeAllCallback, AfterAllCallback {
  private final SimulatorOptions options;
  private final boolean migrate;
  private EmbeddedDatabase db;
  private BattleNetSimulator simulator;

  private PostgresAndSimulator(SimulatorOptions options, boolean migrate) {
    this.options = Objects.requireNonNull(options, "options");
    this.migrate = migrate;
  }

  /** A database with the schema, migrated by the {@code migrate} command. */
  static PostgresAndSimulator migrated(SimulatorOptions options) {
    return new PostgresAndSimulator(options, true);
  }

  /** An empty database, for tests that migrate it themselves or want it without the schema. */
  static PostgresAndSimulator unmigrated(SimulatorOptions options) {
    return new PostgresAndSimulator(options, false);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    db = EmbeddedDatabase.start(false);
    simulator = BattleNetSimulator.start(options);
    if (migrate) {
      Cli migrated = Cli.run(env(), "migrate", "--jdbc-url", db.jdbcUrl(), "--db-user", db.user());
      assertThat(migrated.exitCode()).as(migrated.err()).isZero();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (simulator != null) {
      simulator.close();
    }
    if (db != null) {
      db.close();
    }
  }

  EmbeddedDatabase db() {
    return db;
  }

  BattleNetSimulator simulator() {
    return simulator;
  }

  /** The environment with the simulator's credentials, as the CLI reads them. */
  Map<String, String> env() {
    return Map.of(
        Environment.CLIENT_ID,
        options.clientId(),
        Environment.CLIENT_SECRET,
        options.clientSecret());
  }
}
