package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.simulator.BattleNetSimulator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A quick measure of client plus simulator with the quota off and no latency. */
class ThroughputIT {
  @Test
  void eightThreadsFetchQuickly() throws Exception {
    int characters = 500;
    try (var sim = BattleNetSimulator.start();
        var client =
            TestClients.forSimulator(sim)
                .requestsPerSecond(100_000)
                .requestsPerHour(100_000_000)
                .build()) {
      for (int i = 0; i < characters; i++) {
        sim.putCharacter(
            Region.EU,
            CharacterProfile.newBuilder()
                .id(BnetCharacterId.of(1000 + i))
                .name("Char" + i)
                .realmSlug("argent-dawn")
                .realmName("Argent Dawn")
                .level(80)
                .characterClass("Paladin")
                .race("Dwarf")
                .build(),
            Instant.now());
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      AtomicLong found = new AtomicLong();
      int perThread = 1000;
      client.fetchProfile(
          TestClients.eu("argent-dawn", "Char0"), Optional.empty()); // token, warm-up
      long start = System.nanoTime();
      try {
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int offset = t;
          workers.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < perThread; i++) {
                      var ref =
                          TestClients.eu("argent-dawn", "char" + ((i * 8 + offset) % characters));
                      if (client.fetchProfile(ref, Optional.empty())
                          instanceof FetchResult.Found<CharacterProfile>) {
                        found.incrementAndGet();
                      }
                    }
                  }));
        }
        for (Future<?> w : workers) {
          w.get();
        }
      } finally {
        pool.shutdownNow();
      }
      double perSecond = found.get() / ((System.nanoTime() - start) / 1e9);
      System.out.printf("throughput: %.0f profile fetches/s with 8 threads%n", perSecond);
      // Speed is printed, not asserted: `bench` measures it (docs/PERFORMANCE.md). What this test
      // asserts is that every concurrent fetch on one shared client came back as data.
      assertThat(found.get()).isEqualTo(8L * perThread);
    }
  }
}
