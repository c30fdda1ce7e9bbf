package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo runs with no setup, exits 0 and tells each seeded character's guild-link outcome. */
class DemoIT {

  @Test
  void theDemoNamesEveryCharactersOutcome() {
    Cli cli = Cli.run("demo");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    String firstRun = cli.out().substring(0, cli.out().indexOf("Run 2:"));
    List<String> lines = firstRun.lines().toList();
    assertThat(outcomeOf(lines, "eu/argent-dawn/Ærøn")).contains("linked to local guild 5");
    assertThat(outcomeOf(lines, "us/stormrage/Keniön")).contains("linked to local guild 6");
    assertThat(outcomeOf(lines, "eu/argent-dawn/Drekthar"))
        .contains("guild_id NULL")
        .contains("99887766")
        .contains("not tracked locally");
    assertThat(outcomeOf(lines, "eu/argent-dawn/Solenne")).contains("guild_id NULL: in no guild");
    assertThat(outcomeOf(lines, "eu/argent-dawn/Vanished")).contains("not found");
    assertThat(outcomeOf(lines, "eu/argent-dawn/Flickerwick")).contains("linked to local guild 5");
    assertThat(outcomeOf(lines, "eu/argent-dawn/Ðrakh")).contains("identity changed");
    assertThat(outcomeOf(lines, "eu/twisting-nether/Иванка")).contains("linked to local guild 5");
    assertThat(cli.out())
        .contains("violates foreign key constraint \"characters_guild_id_fkey\"")
        .contains("retried 2")
        .contains("unchanged (304) 6")
        .contains("Idempotent: run 2 left every row as run 1 did")
        .contains("purged: the status endpoint called it invalid")
        .contains("retention (status checks): validated 0, purged 1, deleted 0");
    assertThat(cli.out() + cli.err()).doesNotContain(DemoBattleNet.CLIENT_SECRET);
  }

  /** The "-> ..." line that follows the character's line. */
  private static String outcomeOf(List<String> lines, String character) {
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).strip().startsWith(character + " ")) {
        return lines.get(i + 1);
      }
    }
    throw new AssertionError("no outcome for " + character + " in:\n" + String.join("\n", lines));
  }
}
