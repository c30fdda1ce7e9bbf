package dev.guildsync.simulator;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The simulator's guilds: each serves its roster ({@code GET
 * /data/wow/guild/{realm}/{slug}/roster}) under the slug of its name ({@link
 * dev.guildsync.core.guild.GuildSlug#fromName}), with {@code Last-Modified}, and answers 304 to an
 * {@code If-Modified-Since} that is not before it. Every member also has a character profile whose
 * {@code guild} names the guild, so a character sync can fetch it. Script a guild's life through
 * the {@link SimulatedGuild} that {@link #put} returns.
 *
 * <p>Thread-safe: changes are serialised, requests read the current state without locking.
 */
public final class SimulatedGuilds {
  private record Id(Region region, BnetGuildId id) {}

  private final Map<Id, GuildState> guilds = new ConcurrentHashMap<>();
  private final Map<World.Key, Id> served = new ConcurrentHashMap<>();
  private final Faults<World.Key> faults = new Faults<>();
  private final MemberProfiles profiles;
  private final RequestMeter meter;

  SimulatedGuilds(World world, RequestMeter meter) {
    this.profiles = new MemberProfiles(world);
    this.meter = meter;
  }

  /**
   * Stores (or replaces) a guild with its members, available, and gives each member a profile that
   * names the guild.
   *
   * @param lastModified the roster's {@code Last-Modified} (truncated to the second)
   * @return the handle that scripts the guild's life
   * @throws IllegalArgumentException when another stored guild is served under the same slug
   */
  public synchronized SimulatedGuild put(Region region, GuildRoster roster, Instant lastModified) {
    Id id = new Id(Objects.requireNonNull(region, "region"), roster.id());
    store(id, Optional.ofNullable(guilds.get(id)), roster, true, lastModified);
    return new SimulatedGuild(this, region, roster.id());
  }

  /** The guild with this Battle.net id; empty when none is stored. */
  public Optional<SimulatedGuild> find(Region region, BnetGuildId id) {
    return guilds.containsKey(new Id(region, id))
        ? Optional.of(new SimulatedGuild(this, region, id))
        : Optional.empty();
  }

  /** How many guilds are stored. */
  public int size() {
    return guilds.size();
  }

  /**
   * Generates a world of {@code count} guilds of {@code members} members each, the same for the
   * same seed, and stores it with every member's profile. See {@link GeneratedGuilds} for its
   * shape.
   *
   * @return the guilds, in generation order
   * @throws IllegalArgumentException when a count is out of range (1 to 100,000 guilds, 1 to 1,000
   *     members)
   */
  public List<SimulatedGuild> generate(
      Region region, int count, int members, long seed, Instant lastModified) {
    List<SimulatedGuild> out = new ArrayList<>(count);
    for (GuildRoster roster : GeneratedGuilds.rosters(region, count, members, seed)) {
      out.add(put(region, roster, lastModified));
    }
    return out;
  }

  /** Replaces the faults of the roster served under {@code guild}; none clears them. */
  public void fault(GuildRef guild, Fault... list) {
    faults.set(key(guild), list.clone());
  }

  /** Clears every guild's faults. */
  public void clearFaults() {
    faults.clear();
  }

  /** Roster requests received for this region, realm slug and guild slug (any case). */
  public long requests(GuildRef guild) {
    return meter.guildHits(key(guild));
  }

  GuildState state(Region region, BnetGuildId id) {
    GuildState state = guilds.get(new Id(region, id));
    if (state == null) {
      throw new NoSuchElementException("no simulated guild " + id + " in " + region.code());
    }
    return state;
  }

  /** Changes a guild's roster; its {@code Last-Modified} moves on by at least a second. */
  synchronized void change(Region region, BnetGuildId id, UnaryOperator<GuildRoster> edit) {
    GuildState before = state(region, id);
    GuildRoster after = edit.apply(before.roster());
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant next = before.lastModified().plusSeconds(1);
    Instant at = after.equals(before.roster()) ? before.lastModified() : latest(now, next);
    store(new Id(region, id), Optional.of(before), after, before.available(), at);
  }

  /** Serves a guild's roster again, or makes it answer 404; the roster is kept as it is. */
  synchronized void setAvailable(Region region, BnetGuildId id, boolean available) {
    GuildState before = state(region, id);
    store(
        new Id(region, id), Optional.of(before), before.roster(), available, before.lastModified());
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The available guild served under {@code key}, if any. */
  Optional<GuildState> served(World.Key key) {
    return Optional.ofNullable(served.get(key)).map(guilds::get).filter(GuildState::available);
  }

  Faults<World.Key> faults() {
    return faults;
  }

  private void store(
      Id id, Optional<GuildState> before, GuildRoster roster, boolean available, Instant at) {
    GuildState state = GuildState.of(id.region(), roster, available, at);
    Id holder = served.get(state.key());
    if (holder != null && !holder.equals(id)) {
      throw new IllegalArgumentException(
          "guild " + holder.id() + " is already served as " + state.ref());
    }
    before.ifPresent(b -> served.remove(b.key()));
    guilds.put(id, state);
    served.put(state.key(), id);
    profiles.update(id.region(), before.map(GuildState::roster), roster, at);
  }

  private static World.Key key(GuildRef guild) {
    return World.Key.of(guild.region(), guild.realmSlug(), guild.nameSlug());
  }
}
