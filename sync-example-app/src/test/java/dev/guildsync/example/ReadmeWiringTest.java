package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README shows the wiring that {@link ReadmeBothPhases} compiles, docs/concepts.md the one that
 * {@link ReadmeOnePhase} compiles ({@link ReadmeWiringIT} runs both), word for word: a block that
 * drifts from the code fails here.
 */
class ReadmeWiringTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path CONCEPTS = Path.of("..", "docs", "concepts.md");
  private static final Path SOURCES = Path.of("src", "test", "java", "dev", "guildsync", "example");

  @Test
  void theReadmeWiresBothPhasesWithTheCodeThatIsCompiledAndRun() throws IOException {
    String block = block(SOURCES.resolve("ReadmeBothPhases.java"), "wiring");

    assertThat(block).contains("GuildSync.newBuilder()").contains("import java.net.URI;");
    assertThat(Files.readString(README)).contains("```java\n" + block + "```\n");
  }

  @Test
  void theGuideWiresOnePhaseWithTheCodeThatIsCompiledAndRun() throws IOException {
    String block = block(SOURCES.resolve("ReadmeOnePhase.java"), "one-phase");

    assertThat(block).contains("CharacterSyncService.newBuilder()");
    assertThat(Files.readString(CONCEPTS)).contains("```java\n" + block + "```\n");
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
    return MarkedBlocks.block(source, "readme", name);
  }
}
