package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table in the README and the guides in {@code docs/} renders: a run of lines starting with
 * {@code |} is a table only when its second line is the header separator, so a blank line inside a
 * table (which once cut the {@code CharacterSyncSettings} table in two) leaves rows that render as
 * plain text.
 */
class ReadmeTablesTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path DOCS = Path.of("..", "docs");

  @Test
  void everyTableInTheReadmeAndTheGuidesHasItsHeaderSeparatorOnItsSecondLine() throws Exception {
    List<Path> pages = new ArrayList<>(List.of(README));
    try (Stream<Path> docs = Files.list(DOCS)) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> broken = new ArrayList<>();
    for (Path page : pages) {
      broken.addAll(brokenTables(page));
    }

    assertThat(pages).hasSizeGreaterThan(5);
    assertThat(broken).as("table rows without a header (a blank line inside a table?)").isEmpty();
  }

  private static List<String> brokenTables(Path page) throws Exception {
    List<String> broken = new ArrayList<>();
    List<String> lines = Files.readAllLines(page);
    boolean inCode = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```")) {
        inCode = !inCode;
      }
      boolean startsTable = line.startsWith("|") && (i == 0 || !lines.get(i - 1).startsWith("|"));
      if (!inCode && startsTable) {
        String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
        if (!next.matches("\\|(\\s*:?-{3,}:?\\s*\\|)+")) {
          broken.add(page.getFileName() + " line " + (i + 1) + ": " + line);
        }
      }
    }
    return broken;
  }
}
