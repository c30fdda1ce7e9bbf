package dev.guildsync.bench;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.character.CharacterProfilePort;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.jooq.JooqStore;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Measurement 1: the database side of a sync through the jOOQ adapter (the real service: claim a
 * batch, one guild lookup per region, one save) against {@link OriginalSyncBaseline}, on the same
 * rows and data.
 */
final class StoreBench {
  /** One side's timing and what it left in the table. */
  record Side(long rows, long nanos, BenchWorld.Digest digest, long[] phaseNanos) {
    double rowsPerSecond() {
      return rows * 1e9 / nanos;
    }
  }

  /**
   * One size: the baseline, the library and the set-based floor at each batch size, and whether all
   * wrote the same rows.
   */
  record Result(
      long characters,
      Side baseline,
      Map<Integer, Side> library,
      Map<Integer, Side> floor,
      boolean sameRows) {}

  private final DataSource dataSource;
  private final JooqStore store;
  private final SetBasedFloor floor;

  StoreBench(DataSource dataSource) {
    this.dataSource = dataSource;
    this.store = JooqStore.create(dataSource);
    this.floor = new SetBasedFloor(dataSource);
  }

  /** Measurement 1 at every size and batch size of {@code plan}, into {@code report}. */
  void run(BenchPlan plan, BenchReport report, BenchLog log) throws SQLException {
    log.progress("1 store throughput: warming up every side...");
    warmUp(plan.warmUp(), plan.storeBatchSizes());
    List<Result> results = new ArrayList<>();
    for (int n : plan.storeSizes()) {
      results.add(measure(n, plan.storeBatchSizes(), log));
    }
    StoreRows.report(report, results);
  }

  /** Untimed rounds of both sides, so the JIT has compiled both before anything is timed. */
  void warmUp(int characters, List<Integer> batchSizes) throws SQLException {
    for (int round = 0; round < 2; round++) {
      BenchWorld.resetCharacters(dataSource, characters);
      new OriginalSyncBaseline(dataSource).run(Instant.now());
      for (int batchSize : batchSizes) {
        BenchWorld.resetCharacters(dataSource, characters);
        library(new TimedPorts.Store(store), batchSize, Instant.now());
        BenchWorld.resetCharacters(dataSource, characters);
        floor.run(characters, batchSize, Instant.now(), floor.guildKeys());
      }
    }
  }

  Result measure(long characters, List<Integer> batchSizes, BenchLog log) throws SQLException {
    Instant syncedAt = Instant.now();
    BenchWorld.resetCharacters(dataSource, characters);
    log.progress(
        "store %,d: original approach (SELECT + UPDATE per character, autocommit)...", characters);
    long start = System.nanoTime();
    long rows = new OriginalSyncBaseline(dataSource).run(syncedAt);
    Side baseline =
        new Side(rows, System.nanoTime() - start, BenchWorld.digest(dataSource), new long[3]);
    Map<Integer, Side> library = new LinkedHashMap<>();
    boolean same = baseline.digest().linked() == BenchWorld.expectedLinked(characters);
    for (int batchSize : batchSizes) {
      BenchWorld.resetCharacters(dataSource, characters);
      log.progress("store %,d: jOOQ adapter, batches of %d...", characters, batchSize);
      TimedPorts.Store timed = new TimedPorts.Store(store);
      start = System.nanoTime();
      rows = library(timed, batchSize, syncedAt);
      long nanos = System.nanoTime() - start;
      long[] phases = {timed.claimNanos.sum(), timed.lookupNanos.sum(), timed.saveNanos.sum()};
      Side side = new Side(rows, nanos, BenchWorld.digest(dataSource), phases);
      library.put(batchSize, side);
      same &= side.digest().equals(baseline.digest()) && rows == characters;
    }
    Map<Integer, Side> floors = new LinkedHashMap<>();
    Map<String, Long> guildKeys = floor.guildKeys();
    for (int batchSize : batchSizes) {
      BenchWorld.resetCharacters(dataSource, characters);
      log.progress("store %,d: set-based floor, batches of %d...", characters, batchSize);
      start = System.nanoTime();
      rows = floor.run(characters, batchSize, syncedAt, guildKeys);
      Side side =
          new Side(rows, System.nanoTime() - start, BenchWorld.digest(dataSource), new long[3]);
      floors.put(batchSize, side);
      same &= side.digest().equals(baseline.digest()) && rows == characters;
    }
    return new Result(characters, baseline, library, floors, same);
  }

  /**
   * What a sync does on the database side: the real {@link CharacterSyncService} (claim, one guild
   * lookup per region, the rules, one save per batch) with every profile answered at once, inline,
   * so only the database work is timed.
   */
  static long library(TimedPorts.Store store, int batchSize, Instant syncedAt) {
    CharacterProfilePort instant =
        (character, lastModified) -> {
          long i = BenchWorld.index(character.name());
          return FetchResult.found(BenchWorld.profile(i), BenchWorld.LAST_MODIFIED_HEADER);
        };
    CharacterSyncReport report =
        CharacterSyncService.newBuilder()
            .guildLookup(store)
            .characterStore(store)
            .profileSource(instant)
            .clock(Clock.fixed(syncedAt, ZoneOffset.UTC))
            .settings(
                CharacterSyncSettings.newBuilder()
                    .batchSize(batchSize)
                    .concurrency(1)
                    .executor(Runnable::run)
                    .build())
            .build()
            .run();
    return report.updated();
  }
}
