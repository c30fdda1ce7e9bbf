package dev.guildsync.core.testing.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.port.GuildLookupPort;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-memory guilds table implementing {@link GuildLookupPort}. Counts lookups per region so
 * tests can assert "one lookup per region per batch". Thread-safe.
 */
public final class InMemoryGuilds implements GuildLookupPort {

  /** A guild row. */
  public record Guild(
      GuildKey key, Region region, Optional<BnetGuildId> bnetGuildId, String name, String realm) {}

  private final Map<GuildKey, Guild> guilds = new LinkedHashMap<>();
  private final Map<Region, Integer> lookups = new EnumMap<>(Region.class);
  private final List<Consumer<GuildKey>> deleteListeners = new CopyOnWriteArrayList<>();
  private long nextKey = 1;

  /** Inserts a guild with the next free key. */
  public synchronized GuildKey add(
      Region region, BnetGuildId bnetGuildId, String name, String realm) {
    GuildKey key = GuildKey.of(nextKey);
    add(key, region, bnetGuildId, name, realm);
    return key;
  }

  /**
   * Inserts a guild with a key chosen by the caller, as applications with existing rows do.
   *
   * @throws IllegalStateException when the key or the (region, Battle.net id) pair is taken
   */
  public synchronized void add(
      GuildKey key, Region region, BnetGuildId bnetGuildId, String name, String realm) {
    Objects.requireNonNull(key, "key");
    if (guilds.containsKey(key)) {
      throw new IllegalStateException("guild key " + key + " is taken");
    }
    boolean pairTaken =
        guilds.values().stream()
            .anyMatch(
                g -> g.region() == region && g.bnetGuildId().equals(Optional.of(bnetGuildId)));
    if (pairTaken) {
      throw new IllegalStateException(
          "guild " + region + "/" + bnetGuildId + " is tracked already");
    }
    guilds.put(key, new Guild(key, region, Optional.of(bnetGuildId), name, realm));
    nextKey = Math.max(nextKey, key.value() + 1);
  }

  /**
   * Deletes a guild; a no-op when it does not exist. Characters linked to it are unlinked, as
   * {@code ON DELETE SET NULL} does.
   */
  public void delete(GuildKey key) {
    synchronized (this) {
      if (guilds.remove(key) == null) {
        return;
      }
    }
    // Outside the lock: the store's lock is taken next, and a save takes the two the other way.
    deleteListeners.forEach(listener -> listener.accept(key));
  }

  /** Calls {@code listener} after each guild delete; the store uses it to model the foreign key. */
  void onDelete(Consumer<GuildKey> listener) {
    deleteListeners.add(listener);
  }

  /** Whether a guild with this key exists now. */
  public synchronized boolean exists(GuildKey key) {
    return guilds.containsKey(key);
  }

  /** How many times {@link #findGuildKeys} was called for {@code region}. */
  public synchronized int lookupCalls(Region region) {
    return lookups.getOrDefault(region, 0);
  }

  /** How many times {@link #findGuildKeys} was called in all. */
  public synchronized int lookupCalls() {
    return lookups.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public synchronized Map<BnetGuildId, GuildKey> findGuildKeys(
      Region region, Set<BnetGuildId> ids) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(ids, "ids");
    lookups.merge(region, 1, Integer::sum);
    Map<BnetGuildId, GuildKey> found = new HashMap<>();
    for (Guild guild : guilds.values()) {
      if (guild.region() == region
          && guild.bnetGuildId().isPresent()
          && ids.contains(guild.bnetGuildId().get())) {
        found.put(guild.bnetGuildId().get(), guild.key());
      }
    }
    return Map.copyOf(found);
  }
}
