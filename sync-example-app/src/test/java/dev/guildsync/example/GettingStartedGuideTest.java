package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/getting-started.md shows the code of the {@code examples/} consumer project, which CI builds
 * and tests on its own: each block of the guide is a marked part of one of its files, word for
 * word, so the guide cannot drift from code that runs.
 */
class GettingStartedGuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "getting-started.md");
  private static final Path EXAMPLES = Path.of("..", "examples");

  @ParameterizedTest
  @CsvSource({
    "pom.xml, pom, xml",
    "src/main/java/com/example/guildsite/SiteSchema.java, guildsync-migrations, java",
    "src/main/java/com/example/guildsite/SiteSync.java, wiring, java",
    "src/test/java/com/example/guildsite/FirstSyncTest.java, first-sync, java",
    "src/test/java/com/example/guildsite/RosterNewsTest.java, fakes, java",
  })
  void theGuideShowsTheExamplesCodeWordForWord(String file, String name, String language)
      throws IOException {
    String block = MarkedBlocks.block(Files.readAllLines(EXAMPLES.resolve(file)), "guide", name);

    assertThat(block).isNotBlank();
    assertThat(Files.readString(GUIDE)).contains("```" + language + "\n" + block + "```\n");
  }

  @ParameterizedTest
  @CsvSource({"src/main/resources/db/migration/V2__raid_team_members.sql, sql"})
  void theGuideShowsWholeFilesAsTheyAre(String file, String language) throws IOException {
    assertThat(Files.readString(GUIDE))
        .contains("```" + language + "\n" + Files.readString(EXAMPLES.resolve(file)) + "```\n");
  }
}
