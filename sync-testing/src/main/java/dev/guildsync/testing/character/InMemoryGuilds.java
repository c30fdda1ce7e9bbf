package dev.guildsync.testing.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.GuildLookupPort;
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
  private final List<Consumer<GuildKey>> followListeners = new CopyOnWriteArrayList<>();
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

  /**
   * Calls {@code listener} after each guild delete, outside this table's lock; the stores use it to
   * model {@code ON DELETE SET NULL} and {@code ON DELETE CASCADE}.
   */
  public void onDelete(Consumer<GuildKey> listener) {
    deleteListeners.add(listener);
  }

  /**
   * Tracks a guild by name, as a user does before its first roster: returns the key of the guild
   * with that region, realm and name (ignoring case), or inserts one with no Battle.net id.
   */
  public synchronized GuildKey track(Region region, String realm, String name) {
    for (Guild g : guilds.values()) {
      if (g.region() == region && g.realm().equals(realm) && g.name().equalsIgnoreCase(name)) {
        return g.key();
      }
    }
    GuildKey key = GuildKey.of(nextKey++);
    guilds.put(key, new Guild(key, region, Optional.empty(), name, realm));
    return key;
  }

  /**
   * The key of the guild holding (region, id); else the oldest row tracked by (region, realm, name
   * in any case) without an id adopts it; else a new row. Race-free with itself and {@link #track}.
   */
  public synchronized GuildKey registerIfAbsent(
      Region region, BnetGuildId id, String name, String realm) {
    Optional<GuildKey> held = holder(region, id);
    if (held.isPresent()) {
      return held.get();
    }
    for (Guild g : guilds.values()) {
      if (g.region() == region
          && g.bnetGuildId().isEmpty()
          && g.realm().equals(realm)
          && g.name().equalsIgnoreCase(name)) {
        guilds.put(g.key(), new Guild(g.key(), region, Optional.of(id), g.name(), realm));
        return g.key();
      }
    }
    GuildKey key = GuildKey.of(nextKey++);
    guilds.put(key, new Guild(key, region, Optional.of(id), name, realm));
    return key;
  }

  /** The guild that holds (region, id), if any. */
  public synchronized Optional<GuildKey> holder(Region region, BnetGuildId id) {
    return guilds.values().stream()
        .filter(g -> g.region() == region && g.bnetGuildId().equals(Optional.of(id)))
        .map(Guild::key)
        .findFirst();
  }

  /**
   * Rewrites a guild's Battle.net id, name and realm; a no-op when it does not exist.
   *
   * @throws IllegalStateException when another guild holds (region, id), as the unique key would
   */
  public synchronized void update(
      GuildKey key, Optional<BnetGuildId> id, String name, String realm) {
    Guild g = guilds.get(key);
    if (g == null) {
      return;
    }
    if (id.isPresent() && holder(g.region(), id.get()).filter(h -> !h.equals(key)).isPresent()) {
      throw new IllegalStateException("guild " + g.region() + "/" + id.get() + " is tracked");
    }
    guilds.put(key, new Guild(key, g.region(), id, name, realm));
  }

  /**
   * G8: the guild row follows its profile's name and realm ({@link #update} keeping its id), then
   * the {@link #onFollow} listeners run outside this table's lock; a no-op when it does not exist.
   */
  public void follow(GuildKey key, String name, String realm) {
    synchronized (this) {
      Guild g = guilds.get(key);
      if (g == null) {
        return;
      }
      update(key, g.bnetGuildId(), name, realm);
    }
    followListeners.forEach(listener -> listener.accept(key));
  }

  /**
   * Calls {@code listener} after each {@link #follow}, outside this table's lock; the guild store
   * uses it to make a followed guild available and due at once.
   */
  public void onFollow(Consumer<GuildKey> listener) {
    followListeners.add(listener);
  }

  /** The guild with this key, if it exists. */
  public synchronized Optional<Guild> find(GuildKey key) {
    return Optional.ofNullable(guilds.get(key));
  }

  /** Every guild, in key order of insertion. */
  public synchronized List<Guild> all() {
    return List.copyOf(guilds.values());
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
