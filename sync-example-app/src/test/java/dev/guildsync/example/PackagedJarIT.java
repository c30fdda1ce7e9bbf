package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The jar the README runs, as a user runs it: {@code java -jar ... --version}. */
class PackagedJarIT {

  @Test
  @Timeout(60)
  void versionIsTheBuiltVersionFromTheManifest() throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("guildsync.jar"));
    assertThat(jar).exists();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "--version"))
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(out).isZero();
    assertThat(out.lines().findFirst())
        .hasValue("guildsync " + System.getProperty("guildsync.version"));
  }
}
