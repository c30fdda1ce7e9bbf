package dev.guildsync.spring.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Spring Boot" section shows, line for line, the {@code application.properties} that
 * {@link RaidSignupsApplicationIT} runs: a setup that drifts from the tested one fails here.
 */
class ReadmeSetupTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path PROPERTIES =
      Path.of("src", "test", "resources", "application.properties");

  @Test
  void theReadmeShowsTheTestedApplicationProperties() throws IOException {
    String properties =
        Files.readAllLines(PROPERTIES).stream()
            .filter(line -> !line.startsWith("#"))
            .map(line -> line + "\n")
            .collect(Collectors.joining());

    assertThat(properties).contains("guildsync.sync.every=6h\n");
    String readme = Files.readString(README);
    assertThat(readme.substring(readme.indexOf("\n## Spring Boot\n")))
        .contains("```properties\n" + properties + "```\n");
  }
}
