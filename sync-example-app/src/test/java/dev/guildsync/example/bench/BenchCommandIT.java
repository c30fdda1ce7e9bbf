package dev.guildsync.example.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guildsync.example.Cli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --quick} through the real entry point: it runs every measurement and reports each
 * one with numbers. It asserts no performance threshold: the machine is noisy and shared.
 */
class BenchCommandIT {
  @TempDir Path tmp;

  @Test
  @Timeout(180)
  void quickBenchReportsEveryMeasurement() throws Exception {
    Path json = tmp.resolve("bench.json");
    long start = System.nanoTime();

    Cli cli = Cli.run("bench", "--quick", "--report-json", json.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(3));
    assertThat(cli.out())
        .contains("Machine:")
        .contains("cores")
        .contains(BenchReport.STORE)
        .contains(BenchReport.END_TO_END)
        .contains(BenchReport.QUOTA)
        .contains(BenchReport.MEMORY)
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
          "ratio");
      assertThat(line.path("sameRows").asBoolean()).as("both sides wrote the same rows").isTrue();
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
    assertThat(cli.out()).contains(SharedQuotaBench.TITLE);
  }

  private static void positive(JsonNode node, String... fields) {
    for (String field : fields) {
      assertThat(node.path(field).isNumber()).as(field + " in " + node).isTrue();
      assertThat(node.path(field).asDouble()).as(field + " in " + node).isPositive();
    }
  }
}
