package dev.guildsync.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts what the simulator receives, per wall-clock second and in total. Thread-safe. */
final class RequestMeter {
  private static final int KEPT_SECONDS = 3600;

  final LongAdder throttled = new LongAdder();
  final LongAdder tokens = new LongAdder();
  final LongAdder profiles = new LongAdder();
  final LongAdder statuses = new LongAdder();
  final LongAdder rosters = new LongAdder();
  final LongAdder details = new LongAdder();
  final LongAdder notModified = new LongAdder();
  final LongAdder unauthorized = new LongAdder();

  /** Roster requests per requested guild path ({@code eu/argent-dawn/the-long-watch}). */
  private final Map<World.Key, LongAdder> perGuild = new ConcurrentHashMap<>();

  /** Profile summary requests let through the gate (not 429, not 401), per character. */
  private final Map<World.Key, LongAdder> perCharacter = new ConcurrentHashMap<>();

  private final TreeMap<Long, Long> perSecond = new TreeMap<>(); // guarded by this
  private long total; // guarded by this
  private long max; // guarded by this

  /** Counts one API request now; returns how many this wall-clock second has seen, it included. */
  synchronized long hit() {
    long second = System.currentTimeMillis() / 1000;
    long count = perSecond.merge(second, 1L, Long::sum);
    if (perSecond.size() > KEPT_SECONDS) {
      perSecond.pollFirstEntry();
    }
    total++;
    max = Math.max(max, count);
    return count;
  }

  void guildHit(World.Key guildPath) {
    perGuild.computeIfAbsent(guildPath, k -> new LongAdder()).increment();
  }

  /**
   * Allocates {@code character}'s counter when it is stored, so that the simulator's memory follows
   * its world and not its traffic (the bench measures the heap of the JVM the simulator runs in).
   */
  void track(World.Key character) {
    perCharacter.computeIfAbsent(character, k -> new LongAdder());
  }

  void characterHit(World.Key character) {
    perCharacter.computeIfAbsent(character, k -> new LongAdder()).increment();
  }

  long characterHits(World.Key character) {
    LongAdder hits = perCharacter.get(character);
    return hits == null ? 0 : hits.sum();
  }

  long guildHits(World.Key guildPath) {
    LongAdder hits = perGuild.get(guildPath);
    return hits == null ? 0 : hits.sum();
  }

  synchronized Map<Long, Long> perSecond() {
    return new TreeMap<>(perSecond);
  }

  synchronized SimulatorStats snapshot() {
    return new SimulatorStats(
        total,
        max,
        throttled.sum(),
        tokens.sum(),
        profiles.sum(),
        statuses.sum(),
        notModified.sum(),
        unauthorized.sum(),
        rosters.sum(),
        details.sum());
  }

  synchronized void reset() {
    perSecond.clear();
    perGuild.clear();
    perCharacter.values().forEach(LongAdder::reset); // tracked counters stay allocated
    total = 0;
    max = 0;
    for (LongAdder adder :
        new LongAdder[] {
          throttled, tokens, profiles, statuses, rosters, notModified, unauthorized, details
        }) {
      adder.reset();
    }
  }
}
