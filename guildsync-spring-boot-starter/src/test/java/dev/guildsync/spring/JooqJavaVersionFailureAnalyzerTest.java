package dev.guildsync.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * What Boot 4.1's jOOQ 3.21 does on Java 17, made real: the JVM refuses a class file of Java 21
 * (major version 65) named like one of jOOQ's, and the analyzer reads that very error.
 */
class JooqJavaVersionFailureAnalyzerTest {

  @Test
  void aJooqClassFileForANewerJavaGetsTheJooqPinAsTheAction() throws IOException {
    UnsupportedClassVersionError error = newerClassFile("org.jooq.impl.DSL");
    BeanCreationException startup =
        new BeanCreationException("guildSyncStore", "Failed to instantiate", error);

    FailureAnalysis analysis = new JooqJavaVersionFailureAnalyzer().analyze(startup);

    assertThat(error.getMessage()).startsWith("org/jooq/impl/DSL has been compiled by");
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription())
        .contains("Spring Boot 4.1 manages jOOQ 3.21, which needs Java 21")
        .contains("org/jooq/impl/DSL");
    assertThat(analysis.getAction()).contains("<jooq.version>3.19.39</jooq.version>");
  }

  @Test
  void anotherLibrarysClassFileIsLeftToOtherAnalyzers() throws IOException {
    UnsupportedClassVersionError error = newerClassFile("com.example.Newer");

    assertThat(new JooqJavaVersionFailureAnalyzer().analyze(new IllegalStateException(error)))
        .isNull();
  }

  /** Loads this test's own class file, marked as Java 21's, under {@code name}. */
  private static UnsupportedClassVersionError newerClassFile(String name) throws IOException {
    byte[] bytes;
    try (InputStream in =
        JooqJavaVersionFailureAnalyzerTest.class.getResourceAsStream(
            "JooqJavaVersionFailureAnalyzerTest.class")) {
      bytes = in.readAllBytes();
    }
    bytes[6] = 0;
    // Four Java versions ahead of the running one: 65 (Java 21) on Java 17.
    bytes[7] = (byte) (Runtime.version().feature() + 44 + 4);
    byte[] classFile = bytes;
    return catchThrowableOfType(
        UnsupportedClassVersionError.class, () -> new Loader().define(name, classFile));
  }

  private static final class Loader extends ClassLoader {
    Loader() {
      super(null);
    }

    void define(String name, byte[] bytes) {
      defineClass(name, bytes, 0, bytes.length);
    }
  }
}
