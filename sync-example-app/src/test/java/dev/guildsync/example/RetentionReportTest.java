package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.RequestCounts;
import dev.guildsync.RunReport;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncReport.RetentionCounts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the status checks did is visible in the JSON report and in {@code run}'s line. */
class RetentionReportTest {

  @Test
  void theJsonReportCountsTheCharactersKeptMarkedInvalidAsItsRetentionObjectsLastField() {
    Map<String, Object> json = ReportJson.of(run(new RetentionCounts(4, 0, 0, 3)));

    assertThat(json.get("retention"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsExactly(
            Map.entry("validated", 4),
            Map.entry("purged", 0),
            Map.entry("deleted", 0),
            Map.entry("markedInvalid", 3));
  }

  @Test
  void runsLineShowsTheStatusChecksThatChangedSomething() {
    String line = RunCommand.line(run(new RetentionCounts(4, 2, 0, 3)), Duration.ofSeconds(2));

    assertThat(line)
        .contains("status checks: validated 4, purged 2, marked invalid 3;")
        .doesNotContain("deleted");
  }

  @Test
  void runsLineLeavesOutStatusChecksWhenThereWereNone() {
    String line = RunCommand.line(run(new RetentionCounts(0, 0, 0, 0)), Duration.ofSeconds(2));

    assertThat(line).doesNotContain("status checks");
  }

  private static RunReport run(RetentionCounts retention) {
    CharacterSyncReport characters =
        new CharacterSyncReport(
            1, 0, 0, 0, 0, 0, 1, 0, 0, 0, List.of(), Map.of(), retention, 1, Duration.ZERO);
    return new RunReport(Optional.empty(), Optional.of(characters), RequestCounts.NONE);
  }
}
