package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every table in the README renders: a run of lines starting with {@code |} is a table only when
 * its second line is the header separator, so a blank line inside a table (which once cut the
 * {@code CharacterSyncSettings} table in two) leaves rows that render as plain text.
 */
class ReadmeTablesTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void everyTableInTheReadmeHasItsHeaderSeparatorOnItsSecondLine() throws Exception {
    List<String> broken = new ArrayList<>();
    List<String> lines = Files.readAllLines(README);
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
          broken.add("line " + (i + 1) + ": " + line);
        }
      }
    }

    assertThat(broken).as("table rows without a header (a blank line inside a table?)").isEmpty();
  }
}
