package dev.guildsync.bench;

import dev.guildsync.core.character.CharacterSyncSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sizes of one {@code bench} invocation: its options over the defaults (or quick ones). */
record BenchPlan(
    boolean quick,
    List<Integer> storeSizes,
    List<Integer> storeBatchSizes,
    int syncCharacters,
    List<Integer> latencies,
    int batchSize,
    int concurrency,
    int quotaPerSecond,
    int quotaSeconds,
    List<Integer> memorySizes,
    double dbRoundTripMillis,
    Set<BenchSection> sections,
    GuildPlan guilds) {
  boolean runs(BenchSection section) {
    return sections.contains(section);
  }

  int warmUp() {
    return quick ? 300 : 2_000;
  }

  int largestWorld() {
    int most = Math.max(syncCharacters, quotaPerSecond * quotaSeconds + 500);
    most = Math.max(most, warmUp());
    return Math.max(most, memorySizes.stream().mapToInt(Integer::intValue).max().orElse(0));
  }

  CharacterSyncSettings syncSettings() {
    return CharacterSyncSettings.newBuilder().batchSize(batchSize).concurrency(concurrency).build();
  }

  Map<String, Object> asJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("quick", quick);
    json.put("storeSizes", storeSizes);
    json.put("storeBatchSizes", storeBatchSizes);
    json.put("syncCharacters", syncCharacters);
    json.put("latenciesMillis", latencies);
    json.put("batchSize", batchSize);
    json.put("concurrency", concurrency);
    json.put("quotaPerSecond", quotaPerSecond);
    json.put("quotaSeconds", quotaSeconds);
    json.put("memorySizes", memorySizes);
    json.put("dbRoundTripMillis", dbRoundTripMillis);
    json.put("sections", sections.stream().map(BenchSection::key).toList());
    json.put("guilds", guilds.asJson());
    return json;
  }
}
