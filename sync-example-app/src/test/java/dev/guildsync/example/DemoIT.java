package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.demo.DemoBattleNet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo runs with no setup, exits 0, tells each seeded character's guild-link outcome, then a
 * guild's life run by run, ending with its tables and an idempotence check over every table. One
 * demo run serves every test: it starts PostgreSQL and takes seconds.
 */
class DemoIT {
  private static final String DATE = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";
  private static Cli cli;

  @BeforeAll
  static void runTheDemo() {
    cli = Cli.run("demo");
  }

  @Test
  void theDemoNamesEveryCharactersOutcome() {

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

  @Test
  void theDemoSaysWhyGuildIdsStartAtFiveCountsDrakhOnceAndEndsOnWhatToDoNext() {
    String firstRun = cli.out().substring(0, cli.out().indexOf("Run 2:"));

    assertThat(cli.out())
        .contains("guilds with local ids 5 and 6, ids the application chose when it inserted them");
    assertThat(firstRun)
        .contains("Synced 9 characters")
        .contains("(9 syncs of 8 characters: Ðrakh is counted twice, its profile fetch and then");
    assertThat(cli.out())
        .as("eight rows, the last one Иванка's")
        .containsPattern("(?m)^  8 +eu +twisting-nether +Иванка")
        .doesNotContainPattern("(?m)^  9 +eu ");
    List<String> lines = cli.out().strip().lines().toList();
    assertThat(lines.get(lines.size() - 1))
        .as("the demo ends on what to do next, not on lease internals")
        .startsWith("Next: run `simulator`");
    assertThat(lines.get(lines.size() - 2)).startsWith("That was guildsync:");
  }

  @Test
  void theGuildLearnsItsIdAndItsMembersComeAndGo() {
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    String story = guildStory();
    assertThat(story)
        .contains("\"The Ashen Vigil\" on eu/argent-dawn is tracked by name only")
        .contains("local guild 7, bnet_guild_id NULL.")
        .contains("-> updated: bnet_guild_id 130500917, learned from the roster's guild id (G1)")
        .contains("-> 5 characters created from the roster")
        .contains("the guild's Battle.net id is learned, never typed in")
        .contains("-> Sefa: character 14 created and linked (guild_id 7), member at rank 4")
        .contains("-> Brannoc: missing from 1 roster, 2 in a row make a leave")
        .contains("still a member, left_at NULL, no event")
        .contains("-> 304 Not Modified: unchanged, only last_synced_at moved, no event")
        .contains("(Brannoc still missed 1)")
        .contains("event rank_changed Elowen (character 11) 2 -> 1")
        .contains("event rejoined     Brannoc (character 12)")
        .contains("-> Thornquill: renamed in place, still local character 13")
        .contains("event renamed      Thornquill (character 13) Quillon@argent-dawn -> Thornquill");
    assertThat(story)
        .containsPattern(
            "-> Brannoc: missing from 2 received rosters in a row: left on "
                + DATE
                + " \\(left_at, set once and never moved\\), characters.guild_id NULL")
        .containsPattern("-> Brannoc: rejoined, the same character 12: left_at NULL, joined_at ");
  }

  @Test
  void theGuildIsRenamedLostAndFoundAndAnUntrackedGuildIsRegistered() {
    String story = guildStory();
    assertThat(story)
        .contains(
            "guild 7 follows its id, name \"The Ember Vigil\", name_slug the-ember-vigil (G8)")
        .contains(
            "-> unchanged: asked as eu/argent-dawn/the-ember-vigil (1 request), the old slug not"
                + " asked (0 requests): no 404")
        .contains(
            "-> eu/argent-dawn/Drekthar updated, linked to local guild 8 (eu Battle.net guild"
                + " 99887766 Wandering Souls)")
        .contains("-> Wandering Souls registered as local guild 8")
        .contains("-> Wandering Souls: updated, 2 members (Drekthar, Nyssa), 1 character created")
        .contains("-> not found: kept, is_available false; its 6 members, 5 ranks and data")
        .contains("-> The Ember Vigil not asked (0 requests): an unavailable guild waits 1 hour")
        .contains(
            "-> updated: rechecked with a full request: is_available true, the same 6 members")
        .doesNotContain("UNEXPECTED");
  }

  @Test
  void theGuildStoryEndsWithItsTablesAndAnIdempotentRun() {
    String story = guildStory();
    assertThat(story)
        .contains(
            "The Ember Vigil (local guild 7, eu Battle.net guild 130500917,"
                + " argent-dawn/the-ember-vigil, available true, 6 members, guild master Morwenna)")
        .containsPattern(row("12", "Brannoc", "3", DATE, "NULL", "7"))
        .containsPattern(row("13", "Thornquill", "3", DATE, "NULL", "7"))
        .containsPattern(row("14", "Sefa", "4", DATE, "NULL", "7"))
        .containsPattern(row("2", "Rank 2", "0"))
        .containsPattern(row("0", "Guild Master", "1"))
        .containsPattern(row("8", DATE, "12", "Brannoc", "left"))
        .containsPattern(row("9", DATE, "12", "Brannoc", "rejoined"))
        .containsPattern(row("10", DATE, "13", "Thornquill", "renamed", "Quillon@argent-dawn"))
        .contains("Synced 2 guilds")
        .contains("unchanged (304) 13")
        .containsPattern(
            "Idempotent: every table \\(character_claims, character_details,"
                + " character_raid_progress, characters, guild_claims,"
                + " guild_member_events, guild_members, guild_ranks, guilds[a-z_, ]*\\) is as the"
                + " run before left it, no new event")
        .contains("0 of them holding a claim")
        .contains("Every expectation of the guild story held.");
  }

  private static String guildStory() {
    int start = cli.out().indexOf("The guild story:");
    assertThat(start).as(cli.out()).isNotNegative();
    return cli.out().substring(start);
  }

  /** A table row: the cells in order, separated by the padding of the columns. */
  private static String row(String... cells) {
    return "(?m)^  "
        + String.join(
            " +", List.of(cells).stream().map(c -> c.equals(DATE) ? c : Pattern.quote(c)).toList());
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

  @Test
  void detailsAreFetchedOnceThenOnlyAfterALogin() {
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    String story = cli.out().substring(cli.out().indexOf("The details story:"));
    assertThat(story)
        .contains("character     item lvl missing enchants Mythic+ rating    professions")
        .contains("logs in, gets new gear, a higher rating and a new kill")
        .contains("-> 3 detail requests")
        .contains("-> 0 detail requests (the simulator's counter)")
        .contains("Every expectation of the details story held.");
    assertThat(story.lines().filter(l -> l.matches("  \\S+ +\\d+\\.\\d .*#[0-9a-f]{6}.*")))
        .as("a table row: item level, rating with its colour")
        .isNotEmpty();
  }
}
