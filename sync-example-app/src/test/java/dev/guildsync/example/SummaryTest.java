package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.RequestCounts;
import dev.guildsync.RunReport;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncReport.RetentionCounts;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.TrackedGuild;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The summary names not-found guilds, the first ten of a long list and how many more. */
class SummaryTest {

  @Test
  void namesTheFirstTenNotFoundGuildsAndCountsTheRest() {
    List<TrackedGuild> notFound =
        IntStream.rangeClosed(1, 13)
            .mapToObj(
                i ->
                    TrackedGuild.fresh(
                        GuildKey.of(i),
                        new GuildRef(Region.EU, "argent-dawn", "guild-" + i),
                        "Guild " + i))
            .toList();
    GuildSyncReport guilds =
        new GuildSyncReport(
            0,
            0,
            13,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            List.of(),
            notFound,
            Map.of(),
            1,
            Duration.ZERO);
    assertThat(print(guilds))
        .contains("not found: local guild 1, eu argent-dawn \"Guild 1\"")
        .contains("not found: local guild 10, eu argent-dawn \"Guild 10\"")
        .doesNotContain("\"Guild 11\"")
        .contains("... and 3 more not found (all of them: `guilds`, or --report-json's");
  }

  @Test
  void aStatusOnlyRunSaysItCheckedTheStatusNotThatItSynced() {
    String out = print(characters(0, 0, new RetentionCounts(3, 1, 0, 0)));

    assertThat(out)
        .startsWith("Checked the status of 4 characters in 0.0 s (1 batch); no profile was due.")
        .doesNotContain("Synced");
  }

  @Test
  void aRunWhereEveryFetchFailedSaysSo() {
    String out = print(characters(0, 5, new RetentionCounts(0, 0, 0, 0)));

    assertThat(out)
        .startsWith("Every fetch failed: 5 characters in 0.0 s (1 batch); the reasons are below.")
        .contains("failed x5: timeout")
        .doesNotContain("Synced");
  }

  @Test
  void aRunThatUpdatedSomeSaysSynced() {
    String out = print(characters(2, 1, new RetentionCounts(1, 0, 0, 0)));

    assertThat(out).startsWith("Synced 4 characters in 0.0 s (1 batch).");
  }

  @Test
  void aGuildPhaseWhereEveryRosterFetchFailedSaysSo() {
    GuildSyncReport guilds =
        new GuildSyncReport(
            0,
            0,
            0,
            2,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            List.of(),
            List.of(),
            Map.of("timeout", 2),
            1,
            Duration.ZERO);
    assertThat(print(guilds))
        .startsWith("Every roster fetch failed: 2 guilds in 0.0 s: updated 0, unchanged 0,")
        .doesNotContain("Synced 2 guilds");
  }

  private static CharacterSyncReport characters(
      int updated, int failed, RetentionCounts retention) {
    return new CharacterSyncReport(
        updated,
        0,
        0,
        0,
        failed,
        0,
        updated,
        0,
        0,
        0,
        List.of(),
        failed > 0 ? Map.of("timeout", failed) : Map.of(),
        retention,
        1,
        Duration.ZERO);
  }

  private static String print(GuildSyncReport guilds) {
    StringWriter out = new StringWriter();
    Summary.print(
        new PrintWriter(out, true),
        new RunReport(Optional.of(guilds), Optional.empty(), RequestCounts.NONE));
    return out.toString();
  }

  private static String print(CharacterSyncReport characters) {
    StringWriter out = new StringWriter();
    Summary.print(new PrintWriter(out, true), characters, RequestCounts.NONE);
    return out.toString();
  }
}
