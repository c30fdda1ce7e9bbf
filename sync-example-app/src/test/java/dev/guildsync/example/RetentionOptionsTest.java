package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.RetentionPolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code --retention}, {@code --active-within} and {@code --idle-stale-after} on sync and run. */
class RetentionOptionsTest {
  private static final Map<String, String> CREDENTIALS =
      Map.of(Environment.CLIENT_ID, "id", Environment.CLIENT_SECRET, "secret");

  @Command(name = "probe")
  static final class Probe {
    @Mixin SyncOptions options;
  }

  private static CharacterSyncSettings parse(String... args) {
    Probe probe = new Probe();
    CommandLine cli = new CommandLine(probe);
    cli.registerConverter(Duration.class, new DurationConverter());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.parseArgs(args);
    return probe.options.characterSettings();
  }

  @Test
  void theDefaultsAreTheLibrarys() {
    CharacterSyncSettings settings = parse();

    assertThat(settings.retention()).isEqualTo(RetentionPolicy.PURGE);
    assertThat(settings.activeWithin()).isEqualTo(Duration.ofDays(14));
    assertThat(settings.idleStaleAfter()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void eachFlagReachesTheSettings() {
    CharacterSyncSettings settings =
        parse("--retention", "DELETE", "--active-within", "3d", "--idle-stale-after", "P2D");

    assertThat(settings.retention()).isEqualTo(RetentionPolicy.DELETE);
    assertThat(settings.activeWithin()).isEqualTo(Duration.ofDays(3));
    assertThat(settings.idleStaleAfter()).isEqualTo(Duration.ofDays(2));
    assertThat(parse("--retention", "keep").retention()).isEqualTo(RetentionPolicy.KEEP);
  }

  @Test
  void aBadPolicyExits2NamingTheChoices() {
    Cli cli =
        Cli.run(
            CREDENTIALS,
            "sync",
            "--jdbc-url",
            "jdbc:postgresql://localhost/x",
            "--retention",
            "forget");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--retention").contains("expected purge, delete or keep");
  }

  @Test
  void syncHelpListsTheRetentionAndActivityFlags() {
    Cli cli = Cli.run("sync", "--help");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("--retention", "--active-within", "--idle-stale-after");
  }
}
