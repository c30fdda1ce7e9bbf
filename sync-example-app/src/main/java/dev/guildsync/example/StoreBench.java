package dev.guildsync.example;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterChange;
import dev.guildsync.core.CharacterProfile;
import dev.guildsync.core.ClaimedBatch;
import dev.guildsync.core.DueCharacter;
import dev.guildsync.core.DueQuery;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.GuildLink;
import dev.guildsync.core.GuildLinkRule;
import dev.guildsync.core.Region;
import dev.guildsync.jooq.JooqCharacterStore;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Measurement 1: the database side of a sync through the jOOQ adapter (claim a batch, one guild
 * lookup per region, one save) against {@link OriginalSyncBaseline}, on the same rows and data.
 */
final class StoreBench {
  /** One side's timing and what it left in the table. */
  record Side(long rows, long nanos, BenchWorld.Digest digest, long[] phaseNanos) {
    double rowsPerSecond() {
      return rows * 1e9 / nanos;
    }
  }

  /** One size: the baseline, the library at each batch size, and whether all wrote the same. */
  record Result(long characters, Side baseline, Map<Integer, Side> library, boolean sameRows) {}

  private final DataSource dataSource;
  private final JooqCharacterStore store;

  StoreBench(DataSource dataSource) {
    this.dataSource = dataSource;
    this.store = JooqCharacterStore.create(dataSource);
  }

  /** Untimed rounds of both sides, so the JIT has compiled both before anything is timed. */
  void warmUp(int characters, List<Integer> batchSizes) throws SQLException {
    for (int round = 0; round < 2; round++) {
      BenchWorld.resetCharacters(dataSource, characters);
      new OriginalSyncBaseline(dataSource).run(Instant.now());
      for (int batchSize : batchSizes) {
        BenchWorld.resetCharacters(dataSource, characters);
        library(new TimedPorts.Store(store), batchSize, Instant.now());
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
    return new Result(characters, baseline, library, same);
  }

  /** What a sync does on the database side, with every profile already fetched. */
  static long library(TimedPorts.Store store, int batchSize, Instant syncedAt) {
    long saved = 0;
    while (true) {
      DueQuery query =
          new DueQuery(Instant.now(), syncedAt, syncedAt, batchSize, Duration.ofMinutes(10));
      ClaimedBatch batch = store.claimDue(query);
      if (batch.isEmpty()) {
        return saved;
      }
      List<CharacterProfile> profiles = new ArrayList<>(batch.characters().size());
      Map<Region, Set<BnetGuildId>> wanted = new EnumMap<>(Region.class);
      for (DueCharacter c : batch.characters()) {
        CharacterProfile profile = BenchWorld.profile(c.key().value());
        profiles.add(profile);
        profile
            .guild()
            .ifPresent(
                g ->
                    wanted
                        .computeIfAbsent(c.ref().region(), r -> new HashSet<>())
                        .add(g.bnetGuildId()));
      }
      Map<Region, Map<BnetGuildId, GuildKey>> tracked = new EnumMap<>(Region.class);
      wanted.forEach((region, ids) -> tracked.put(region, store.findGuildKeys(region, ids)));
      List<CharacterChange> changes = new ArrayList<>(profiles.size());
      for (int i = 0; i < profiles.size(); i++) {
        DueCharacter c = batch.characters().get(i);
        CharacterProfile profile = profiles.get(i);
        GuildLink link =
            GuildLinkRule.link(profile.guild(), tracked.getOrDefault(c.ref().region(), Map.of()));
        changes.add(
            new CharacterChange.Refreshed(
                c.key(), profile, link, Optional.of(BenchWorld.LAST_MODIFIED_HEADER), syncedAt));
      }
      store.save(batch.lease(), changes);
      saved += changes.size();
    }
  }
}
