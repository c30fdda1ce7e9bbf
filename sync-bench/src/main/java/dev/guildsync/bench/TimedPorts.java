package dev.guildsync.bench;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterProfilePort;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.CharacterStorePort;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLookupPort;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.Lease;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/** Timing decorators around the ports, so a run can say where its time went. */
final class TimedPorts {
  private TimedPorts() {}

  /** The store and the guild lookup, with the time spent in each call summed. */
  static final class Store implements CharacterStorePort, GuildLookupPort {
    private final CharacterStorePort store;
    private final GuildLookupPort guilds;
    final LongAdder claimNanos = new LongAdder();
    final LongAdder lookupNanos = new LongAdder();
    final LongAdder saveNanos = new LongAdder();

    <T extends CharacterStorePort & GuildLookupPort> Store(T store) {
      this.store = store;
      this.guilds = store;
    }

    long totalNanos() {
      return claimNanos.sum() + lookupNanos.sum() + saveNanos.sum();
    }

    @Override
    public Claimed<DueCharacter> claimDueCharacters(DueQuery query) {
      long start = System.nanoTime();
      try {
        return store.claimDueCharacters(query);
      } finally {
        claimNanos.add(System.nanoTime() - start);
      }
    }

    @Override
    public CharacterSaveResult saveCharacters(Lease lease, List<CharacterChange> changes) {
      return saveCharacters(lease, changes, FailureBackoff.DEFAULT);
    }

    @Override
    public CharacterSaveResult saveCharacters(
        Lease lease, List<CharacterChange> changes, FailureBackoff backoff) {
      long start = System.nanoTime();
      try {
        return store.saveCharacters(lease, changes, backoff);
      } finally {
        saveNanos.add(System.nanoTime() - start);
      }
    }

    /** Not timed: renewals run on the heartbeat's thread, beside the batch. */
    @Override
    public Lease renew(Lease lease, Instant until) {
      return store.renew(lease, until);
    }

    @Override
    public void release(Lease lease) {
      store.release(lease);
    }

    @Override
    public Map<BnetGuildId, GuildKey> findGuildKeys(Region region, Set<BnetGuildId> ids) {
      long start = System.nanoTime();
      try {
        return guilds.findGuildKeys(region, ids);
      } finally {
        lookupNanos.add(System.nanoTime() - start);
      }
    }
  }

  /** The profile source, with each fetch's latency recorded. */
  static final class Profiles implements CharacterProfilePort {
    private final CharacterProfilePort profiles;
    private final LatencyRecorder latencies;

    Profiles(CharacterProfilePort profiles, LatencyRecorder latencies) {
      this.profiles = profiles;
      this.latencies = latencies;
    }

    @Override
    public FetchResult<CharacterProfile> fetchProfile(
        CharacterRef character, Optional<String> lastModified) {
      long start = System.nanoTime();
      try {
        return profiles.fetchProfile(character, lastModified);
      } finally {
        latencies.record(System.nanoTime() - start);
      }
    }
  }
}
