package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad usage and configuration: usage text or one clear line, and exit code 2. */
class CliUsageTest {
  private static final Map<String, String> CREDENTIALS =
      Map.of("BNET_CLIENT_ID", "id", "BNET_CLIENT_SECRET", "s3cret-value");

  @Test
  void anUnknownFlagPrintsItsMessageAndWhereTheOptionsAreAndExits2() {
    Cli cli = Cli.run("sync", "--jdbc-url", "jdbc:postgresql://localhost/x", "--frobnicate");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err())
        .contains("Unknown option: '--frobnicate'")
        .contains("Run 'guildsync sync --help' for every option.")
        .doesNotContain("Usage:");
  }

  @Test
  void aMistypedFlagPrintsTheHintAndOneLineNotTheWholeUsage() {
    Cli cli = Cli.run("sync", "--jdbc-url", "jdbc:postgresql://localhost/x", "--stale-afer", "6h");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err().lines())
        .containsExactly(
            "Unknown options: '--stale-afer', '6h'",
            "Possible solutions: --stale-after",
            "Run 'guildsync sync --help' for every option.");
  }

  @Test
  void aMissingRequiredFlagExits2() {
    Cli cli = Cli.run("migrate");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("Missing required option: '--jdbc-url=URL'");
  }

  @Test
  void aBadDurationExits2() {
    Cli cli =
        Cli.run(
            CREDENTIALS,
            "sync",
            "--jdbc-url",
            "jdbc:postgresql://localhost/x",
            "--stale-after",
            "soon");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err())
        .contains("--stale-after")
        .contains("'soon' is not a duration: use ISO-8601 (PT6H, P7D, PT0S)")
        .contains("(6h, 30m, 7d)")
        .doesNotContain("DateTimeParseException")
        .doesNotContain("Usage:");
  }

  @ParameterizedTest
  @CsvSource({
    "--active-within, PT-24H",
    "--active-within, -1d",
    "--idle-stale-after, P-1D",
    "--idle-stale-after, -1d",
    "--stale-after, -6h",
    "--lease, -PT1M"
  })
  void aNegativeDurationNamesTheFlagAndEchoesWhatWasTyped(String flag, String typed) {
    Cli cli =
        Cli.run(CREDENTIALS, "sync", "--jdbc-url", "jdbc:postgresql://localhost/x", flag, typed);

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err().lines().findFirst())
        .hasValue(
            "Invalid value for option '"
                + flag
                + "': '"
                + typed
                + "' is negative: a duration here must be zero or more");
    assertThat(cli.err()).doesNotContain("Usage:").doesNotContain("is not a duration");
  }

  @Test
  void aZeroActiveWithinNamesTheFlagAndEchoesWhatWasTyped() {
    Cli cli =
        Cli.run(
            CREDENTIALS,
            "sync",
            "--jdbc-url",
            "jdbc:postgresql://localhost/x",
            "--active-within",
            "0d");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err().lines().findFirst())
        .hasValue("Invalid value for option '--active-within': '0d' must be more than zero");
  }

  @Test
  void anUnknownOrRepeatedDetailExits2NamingTheChoices() {
    for (String bad : new String[] {"equipment,pets", "toys,toys", ""}) {
      Cli cli =
          Cli.run(
              CREDENTIALS, "sync", "--jdbc-url", "jdbc:postgresql://localhost/x", "--details", bad);

      assertThat(cli.exitCode()).as(bad).isEqualTo(2);
      assertThat(cli.err()).contains("--details");
    }
    Cli pets =
        Cli.run(
            CREDENTIALS, "run", "--jdbc-url", "jdbc:postgresql://localhost/x", "--details", "pets");
    assertThat(pets.err()).contains("equipment,mythic-plus,professions,raids,toys, or none");
  }

  @Test
  void aBadNumberExits2() {
    Cli cli =
        Cli.run(
            CREDENTIALS,
            "sync",
            "--jdbc-url",
            "jdbc:postgresql://localhost/x",
            "--concurrency",
            "lots");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--concurrency").contains("lots");
  }

  @Test
  void anOutOfRangeNumberExits2WithOneLine() {
    Cli cli =
        Cli.run(
            CREDENTIALS,
            "sync",
            "--jdbc-url",
            "jdbc:postgresql://localhost/x",
            "--concurrency",
            "0");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err().strip()).isEqualTo("error: concurrency must be between 1 and 1024: 0");
  }

  @Test
  void missingCredentialsExit2NamingTheVariable() {
    Cli cli =
        Cli.run(
            Map.of("BNET_CLIENT_ID", "id"), "sync", "--jdbc-url", "jdbc:postgresql://localhost/x");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err().strip())
        .isEqualTo(
            "error: Battle.net client secret missing: set the BNET_CLIENT_SECRET environment variable");
  }

  @Test
  void aNonPostgresUrlExits2() {
    Cli cli = Cli.run(CREDENTIALS, "sync", "--jdbc-url", "jdbc:mysql://localhost/x");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--jdbc-url must be a PostgreSQL JDBC URL");
  }

  @Test
  void plainHttpToARemoteHostIsRefusedWithExit2() {
    Cli cli =
        Cli.run(
            CREDENTIALS,
            "sync",
            "--jdbc-url",
            "jdbc:postgresql://127.0.0.1:1/x",
            "--api-base-url",
            "http://api.example.com");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("http").contains("loopback").doesNotContain("s3cret-value");
  }

  @Test
  void noCommandExits2() {
    Cli cli = Cli.run();

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("Missing command");
  }

  @Test
  void helpAndVersionExit0() {
    Cli help = Cli.run("--help");
    Cli version = Cli.run("--version");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("demo")
        .contains("migrate")
        .contains("sync")
        .contains("simulator");
    assertThat(help.out()).contains("3   fatal");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("guildsync ");
  }

  @Test
  void syncHelpListsEveryContractFlag() {
    Cli cli = Cli.run("sync", "--help");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .contains(
            "--jdbc-url",
            "--db-user",
            "--api-base-url",
            "--oauth-token-url",
            "--stale-after",
            "--max-characters",
            "--concurrency",
            "--requests-per-second",
            "--requests-per-hour",
            "--report-json");
  }

  @Test
  void runNeedsAPositiveEveryAndTakesEverySyncOption() {
    Cli missing = Cli.run(CREDENTIALS, "run", "--jdbc-url", "jdbc:postgresql://localhost/x");
    Cli bad =
        Cli.run(
            CREDENTIALS, "run", "--jdbc-url", "jdbc:postgresql://localhost/x", "--every", "often");
    Cli zero =
        Cli.run(CREDENTIALS, "run", "--jdbc-url", "jdbc:postgresql://localhost/x", "--every", "0s");
    Cli help = Cli.run("run", "--help");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--every=DURATION'");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("'often' is not a duration");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--every must be positive");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("--every=DURATION", "--http-port=N", "--stale-after", "--lease", "--report-json");
  }
}
