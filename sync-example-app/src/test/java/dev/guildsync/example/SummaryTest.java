package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.RequestCounts;
import dev.guildsync.RunReport;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
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
    StringWriter out = new StringWriter();

    Summary.print(
        new PrintWriter(out, true),
        new RunReport(Optional.of(guilds), Optional.empty(), RequestCounts.NONE));

    assertThat(out.toString())
        .contains("not found: local guild 1, eu argent-dawn \"Guild 1\"")
        .contains("not found: local guild 10, eu argent-dawn \"Guild 10\"")
        .doesNotContain("\"Guild 11\"")
        .contains("... and 3 more not found (all of them: `guilds`, or --report-json's");
  }
}
