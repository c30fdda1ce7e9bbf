package dev.guildsync.modulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library modules as a modular application gets them: {@link ModulePathApp} runs in a JVM of
 * its own with every library jar and each of their dependencies on the module path (so jOOQ,
 * Jackson and Flyway reach into them only as far as the descriptors allow), and the jars'
 * descriptors export the API and nothing else.
 */
class ModulePathIT {
  private static final List<Path> MODULE_PATH =
      Stream.of(System.getProperty("guildsync.modulecheck.module-path").split(File.pathSeparator))
          .map(Path::of)
          .toList();
  private static final ModuleFinder LIBRARIES = ModuleFinder.of(MODULE_PATH.toArray(Path[]::new));

  @Test
  void theApplicationMigratesTracksAndSyncsWithEveryJarOnTheModulePath(@TempDir Path dir)
      throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of("-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"));
      command.add("-Dsun.net.httpserver.nodelay=true"); // the application owns this JVM
      String logging = System.getProperty("java.util.logging.config.file");
      if (logging != null) {
        command.add("-Djava.util.logging.config.file=" + logging); // the build's: warnings only
      }
      command.addAll(
          List.of("--module-path", join(MODULE_PATH), "--add-modules", "ALL-MODULE-PATH"));
      command.addAll(List.of("-cp", System.getProperty("guildsync.modulecheck.classes")));
      command.add(ModulePathApp.class.getName());
      command.addAll(List.of(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"));
      Path log = dir.resolve("app.log");
      Process app =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean exited = app.waitFor(3, TimeUnit.MINUTES);
      if (!exited) {
        app.destroyForcibly().waitFor();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);

      assertThat(exited).as(output).isTrue();
      assertThat(app.exitValue()).as(output).isZero();
      assertThat(output)
          .contains(
              "modules: dev.guildsync.core dev.guildsync.jooq dev.guildsync.bnet"
                  + " dev.guildsync.simulator dev.guildsync.testing")
          .contains("guild sync: 1 updated, 5 joined")
          .contains("character sync: 5 updated of 5")
          .contains("requests sent: 6");
    }
  }

  @Test
  void theCoreExportsItsApiPackagesAndNotItsInternals() {
    ModuleDescriptor core = descriptor("dev.guildsync.core");
    assertThat(exports(core))
        .containsOnlyKeys(
            "dev.guildsync",
            "dev.guildsync.core",
            "dev.guildsync.core.character",
            "dev.guildsync.core.claim",
            "dev.guildsync.core.detail",
            "dev.guildsync.core.guild",
            "dev.guildsync.core.outage")
        .allSatisfy((pkg, targets) -> assertThat(targets).isEmpty());
    assertThat(core.packages()).contains("dev.guildsync.core.internal");
    assertThat(core.requires()).extracting(Requires::name).containsOnly("java.base");
    assertThat(core.opens()).isEmpty();
  }

  @Test
  void theJooqAdapterExportsItsEntryAndOpensOnlyTheRecordsToJooqAndTheMigrations() {
    ModuleDescriptor jooq = descriptor("dev.guildsync.jooq");
    assertThat(exports(jooq)).isEqualTo(Map.of("dev.guildsync.jooq", Set.of()));
    assertThat(jooq.packages())
        .contains("dev.guildsync.jooq.generated", "dev.guildsync.jooq.generated.tables");
    assertThat(opens(jooq))
        .isEqualTo(
            Map.of(
                "dev.guildsync.jooq.generated.tables.records", Set.of("org.jooq"),
                "db.guildsync", Set.of()));
    assertThat(transitive(jooq)).contains("dev.guildsync.core", "org.jooq");
  }

  @Test
  void theBattleNetAdapterExportsItsEntryAndOpensItsJsonRecordsToJacksonOnly() {
    ModuleDescriptor bnet = descriptor("dev.guildsync.bnet");
    assertThat(exports(bnet)).isEqualTo(Map.of("dev.guildsync.bnet", Set.of()));
    assertThat(opens(bnet))
        .isEqualTo(Map.of("dev.guildsync.bnet", Set.of("com.fasterxml.jackson.databind")));
    assertThat(transitive(bnet)).contains("dev.guildsync.core", "io.github.bucket4j.core");
  }

  @Test
  void theTestingAndSimulatorModulesExportTheirPackagesAndReadTheCore() {
    ModuleDescriptor testing = descriptor("dev.guildsync.testing");
    assertThat(exports(testing))
        .containsOnlyKeys(
            "dev.guildsync.testing",
            "dev.guildsync.testing.character",
            "dev.guildsync.testing.guild");
    assertThat(transitive(testing))
        .contains("dev.guildsync.core", "org.junit.jupiter.api", "org.assertj.core");
    assertThat(opens(testing))
        .as("JUnit calls the contract tests' methods")
        .containsOnlyKeys(exports(testing).keySet())
        .allSatisfy(
            (pkg, targets) -> assertThat(targets).containsOnly("org.junit.platform.commons"));
    ModuleDescriptor simulator = descriptor("dev.guildsync.simulator");
    assertThat(exports(simulator)).isEqualTo(Map.of("dev.guildsync.simulator", Set.of()));
    assertThat(transitive(simulator)).contains("dev.guildsync.core");
  }

  /** The descriptor a library jar declares: never an automatic module's derived one. */
  private static ModuleDescriptor descriptor(String module) {
    ModuleDescriptor descriptor =
        LIBRARIES
            .find(module)
            .orElseThrow(() -> new AssertionError(module + " not found"))
            .descriptor();
    assertThat(descriptor.isAutomatic()).as(module + " has a module-info").isFalse();
    return descriptor;
  }

  private static Map<String, Set<String>> exports(ModuleDescriptor module) {
    return module.exports().stream()
        .collect(Collectors.toMap(Exports::source, Exports::targets, (a, b) -> a, TreeMap::new));
  }

  private static Map<String, Set<String>> opens(ModuleDescriptor module) {
    return module.opens().stream()
        .collect(Collectors.toMap(Opens::source, Opens::targets, (a, b) -> a, TreeMap::new));
  }

  private static Set<String> transitive(ModuleDescriptor module) {
    return module.requires().stream()
        .filter(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
        .map(Requires::name)
        .collect(Collectors.toSet());
  }

  private static String join(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
