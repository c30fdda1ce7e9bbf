package dev.guildsync.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar sync-bench.jar --quick}, the jar as a user runs it: it runs every measurement
 * and reports each one with numbers. It asserts no performance threshold: the machine is noisy and
 * shared.
 */
class BenchCommandIT {
  private static final Duration HANG_GUARD = Duration.ofMinutes(10);

  @TempDir Path tmp;

  @Test
  void quickBenchReportsEveryMeasurement() throws Exception {
    Path json = tmp.resolve("bench.json");

    Bench cli = Bench.run(tmp, "--quick", "--report-json", json.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("Machine:")
        .contains("cores")
        .contains(BenchReport.STORE)
        .contains(BenchReport.END_TO_END)
        .contains(BenchReport.QUOTA)
        .contains(BenchReport.MEMORY)
        .contains(BenchReport.ROSTER_SAVE)
        .contains(BenchReport.GUILD_ECONOMY)
        .contains(SharedQuotaBench.TITLE)
        .contains("target")
        .contains("met?");

    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.path("machine").path("cores").asInt()).isPositive();
    assertThat(root.path("machine").path("maxHeapBytes").asLong()).isPositive();

    JsonNode store = root.path("storeThroughput");
    assertThat(store.isArray()).isTrue();
    assertThat(store.size()).isEqualTo(4); // 2 sizes x 2 batch sizes
    for (JsonNode line : store) {
      positive(
          line,
          "characters",
          "batchSize",
          "libraryRowsPerSecond",
          "baselineRowsPerSecond",
          "floorRowsPerSecond",
          "ratio",
          "floorShare",
          "claimMillisPerBatch");
      assertThat(line.path("sameRows").asBoolean()).as("every side wrote the same rows").isTrue();
    }

    JsonNode endToEnd = root.path("endToEnd");
    assertThat(endToEnd.size()).isEqualTo(2); // 0 ms and 20 ms
    assertThat(
            List.of(
                endToEnd.get(0).path("latencyMillis").asInt(),
                endToEnd.get(1).path("latencyMillis").asInt()))
        .containsExactly(0, 20);
    for (JsonNode run : endToEnd) {
      positive(
          run,
          "characters",
          "charactersPerSecond",
          "requestsPerSecond",
          "p50Millis",
          "p99Millis",
          "databaseShare");
      assertThat(run.path("synced").asInt()).isEqualTo(run.path("characters").asInt());
      assertThat(run.path("failed").asInt()).isZero();
    }

    JsonNode quota = root.path("quota");
    positive(quota, "perSecond", "apiRequests", "achievedPerSecond", "maxInOneSecond");
    assertThat(quota.path("throttled").isNumber()).isTrue();
    assertThat(quota.path("throttled").asLong()).isNotNegative();

    JsonNode memory = root.path("memory");
    assertThat(memory.path("runs").size()).isEqualTo(2);
    for (JsonNode run : memory.path("runs")) {
      positive(run, "characters", "liveBeforeBytes", "maxLiveBytes", "peakUsedBytes");
      assertThat(run.path("liveDeltaBytes").asLong()).isNotNegative();
    }
    positive(memory, "heldRatio", "liveRatio");

    JsonNode shared = root.path("sharedQuota");
    positive(
        shared,
        "processes",
        "apiRequests",
        "achievedPerSecond",
        "roundTripsPerRequest",
        "sharedTokenP50Millis",
        "sharedTokenP99Millis");
    assertThat(shared.path("processes").asInt()).isEqualTo(4);
    assertThat(shared.path("failedProcesses").asInt()).as("every sync process exited 0").isZero();
    assertThat(shared.path("targetPerSecond").asDouble()).isEqualTo(97);
    assertThat(shared.path("targetThrottledPer10000").asDouble()).isEqualTo(1);
    assertThat(shared.path("throttledPer10000").asDouble())
        .isEqualTo(
            shared.path("throttled").asLong() * 10_000.0 / shared.path("apiRequests").asLong());
    long eachSecond = 0;
    for (JsonNode second : shared.path("requestsEachSecond")) {
      eachSecond += second.asLong();
    }
    assertThat(eachSecond)
        .as("each second's count adds up")
        .isEqualTo(shared.path("apiRequests").asLong());
    assertThat(cli.out()).contains(SharedQuotaBench.TITLE);
    JsonNode roster = root.path("rosterSave");
    positive(
        roster,
        "members",
        "repetitions",
        "joins",
        "leaves",
        "rankChanges",
        "renames",
        "readPlusUnchangedSaveMillis");
    assertThat(cli.out()).contains("read + unchanged save, median of");
    assertThat(roster.path("steps").size()).isEqualTo(4); // first, unchanged, missing, changed
    for (JsonNode step : roster.path("steps")) {
      positive(step, "saveStatements", "saveMillis", "rowsWritten", "loadStatements");
    }
    JsonNode changed = roster.path("steps").get(3).path("events");
    positive(changed, "joined", "left", "rankChanged", "renamed");

    JsonNode economy = root.path("guildEconomy");
    positive(economy, "guilds", "membersPerGuild", "characters");
    assertThat(economy.path("guildsFirst").size()).isEqualTo(4); // 2 cycles x 2 phases
    assertThat(economy.path("charactersAlone").size()).isEqualTo(2); // 2 cycles
    for (JsonNode phase : economy.path("guildsFirst")) {
      positive(phase, "apiRequests", "freshCharacters", "cycleRequestsPerFreshCharacter");
    }
    for (JsonNode phase : economy.path("charactersAlone")) {
      positive(phase, "apiRequests", "profileRequests", "freshCharacters");
    }
    positive(economy.path("guildsFirst").get(0), "rosterRequests");
    positive(economy.path("guildsFirst").get(2), "notModified"); // the second cycle's 304s
    positive(
        economy.path("firstCycle"),
        "guildPhaseRequestsPerFreshCharacter",
        "guildsThenCharactersRequestsPerFreshCharacter",
        "charactersAloneRequestsPerFreshCharacter");
  }

  /** The bench's jar in a child JVM, and what it printed (its output kept in {@code dir}). */
  private record Bench(int exitCode, String out, String err) {
    static Bench run(Path dir, String... args) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of("-jar", System.getProperty("guildsync.bench.jar")));
      command.addAll(List.of(args));
      Path out = dir.resolve("bench.out");
      Path err = dir.resolve("bench.err");
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      // A guard against a hang only, far above the minute it takes: speed is the bench's
      // business, not this test's, and a shared two-core machine may be slow.
      if (!process.waitFor(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("the bench was still running after " + HANG_GUARD);
      }
      return new Bench(process.exitValue(), Files.readString(out), Files.readString(err));
    }
  }

  private static void positive(JsonNode node, String... fields) {
    for (String field : fields) {
      assertThat(node.path(field).isNumber()).as(field + " in " + node).isTrue();
      assertThat(node.path(field).asDouble()).as(field + " in " + node).isPositive();
    }
  }
}
