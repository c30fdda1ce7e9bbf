package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README shows the wiring that {@link ReadmeBothPhases} and {@link ReadmeOnePhase} compile (and
 * {@link ReadmeWiringIT} runs), word for word: a block that drifts from the code fails here.
 */
class ReadmeWiringTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCES = Path.of("src", "test", "java", "dev", "guildsync", "example");

  @Test
  void theReadmeWiresBothPhasesWithTheCodeThatIsCompiledAndRun() throws IOException {
    String block = block(SOURCES.resolve("ReadmeBothPhases.java"), "wiring");

    assertThat(block).contains("GuildSync.newBuilder()").contains("import java.net.URI;");
    assertThat(Files.readString(README)).contains("```java\n" + block + "```\n");
  }

  @Test
  void theReadmeWiresOnePhaseWithTheCodeThatIsCompiledAndRun() throws IOException {
    String block = block(SOURCES.resolve("ReadmeOnePhase.java"), "one-phase");

    assertThat(block).contains("CharacterSyncService.newBuilder()");
    assertThat(Files.readString(README)).contains("```java\n" + block + "```\n");
  }

  @Test
  void aBlockIsItsMarkedSegmentsUnindentedAndOneBlankLineApart() {
    List<String> source =
        List.of(
            "// readme:x",
            "import a.B;",
            "",
            "// readme:end",
            "class C {",
            "  // readme:x",
            "  void m() {",
            "    call();",
            "  }",
            "  // readme:end",
            "}");

    assertThat(block(source, "x")).isEqualTo("import a.B;\n\nvoid m() {\n  call();\n}\n");
  }

  private static String block(Path source, String name) throws IOException {
    return block(Files.readAllLines(source), name);
  }

  /** The lines between each {@code // readme:name} and the next {@code // readme:end}. */
  static String block(List<String> source, String name) {
    List<List<String>> segments = new ArrayList<>();
    List<String> segment = null;
    for (String line : source) {
      if (line.strip().equals("// readme:" + name)) {
        segment = new ArrayList<>();
      } else if (segment != null && line.strip().equals("// readme:end")) {
        segments.add(segment);
        segment = null;
      } else if (segment != null) {
        segment.add(line);
      }
    }
    assertThat(segments).as("segments marked readme:%s", name).isNotEmpty();
    StringBuilder block = new StringBuilder();
    for (List<String> lines : segments) {
      while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
        lines.remove(lines.size() - 1);
      }
      int indent =
          lines.stream()
              .filter(l -> !l.isBlank())
              .mapToInt(l -> l.length() - l.stripLeading().length())
              .min()
              .orElse(0);
      if (block.length() > 0) {
        block.append('\n');
      }
      lines.forEach(l -> block.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
    }
    return block.toString();
  }
}
