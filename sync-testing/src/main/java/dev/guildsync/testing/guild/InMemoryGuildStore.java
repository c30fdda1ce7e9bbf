package dev.guildsync.testing.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.character.DueRule;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildMembership;
import dev.guildsync.core.guild.GuildRank;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSaveStatus;
import dev.guildsync.core.guild.GuildSnapshot;
import dev.guildsync.core.guild.GuildStorePort;
import dev.guildsync.core.guild.KnownCharacter;
import dev.guildsync.core.guild.RosterMember;
import dev.guildsync.core.guild.TrackedGuild;
import dev.guildsync.testing.character.InMemoryCharacterStore;
import dev.guildsync.testing.character.InMemoryGuilds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The guild sync's tables in memory ({@code guilds}' sync columns, {@code guild_members}, {@code
 * guild_ranks}, {@code guild_member_events}) over an {@link InMemoryGuilds} and an {@link
 * InMemoryCharacterStore}, implementing {@link GuildStorePort} exactly as its contract says:
 * leases, G1 at write time, race-free links with G4's freshness rule, {@code ON DELETE CASCADE} of
 * a guild's rows. Thread-safe; lock order: characters, this store, guilds.
 */
public final class InMemoryGuildStore implements GuildStorePort {
  private final InMemoryGuilds guilds;
  private final InMemoryCharacterStore characters;
  private final Map<GuildKey, GuildColumns> columns = new HashMap<>();
  private final Map<GuildKey, Map<CharacterKey, StoredMember>> members = new HashMap<>();
  private final Map<GuildKey, TreeMap<Integer, GuildRank>> ranks = new HashMap<>();
  private final Map<GuildKey, List<StoredEvent>> events = new HashMap<>();
  private final AtomicReference<Supplier<RuntimeException>> nextSaveFailure =
      new AtomicReference<>();
  private final AtomicInteger saves = new AtomicInteger();

  /** A store over these guild and character tables. */
  public InMemoryGuildStore(InMemoryGuilds guilds, InMemoryCharacterStore characters) {
    this.guilds = Objects.requireNonNull(guilds, "guilds");
    this.characters = Objects.requireNonNull(characters, "characters");
    guilds.onDelete(this::cascade);
    guilds.onFollow(this::followed);
    characters.onRetention(this::dropPointers, this::dropPointers);
  }

  /**
   * A purged (Blizzard's retention rule) or deleted character: its memberships go and no guild
   * names it its leader ({@code ON DELETE CASCADE} and {@code SET NULL} for a delete, the purge's
   * own statements otherwise); its events stay.
   */
  private synchronized void dropPointers(CharacterKey character) {
    members.values().forEach(rows -> rows.remove(character));
    columns.values().stream()
        .filter(c -> c.leader.equals(Optional.of(character)))
        .forEach(c -> c.leader = Optional.empty());
  }

  /**
   * G8: a guild that follows its new name or realm is available and due at once, as if never synced
   * (what its old name answered says nothing of the new one), and leaves any claim, so a sync in
   * flight under the old name cannot write its 404 over the new name.
   */
  private synchronized void followed(GuildKey key) {
    columnsOf(key).followed();
  }

  private synchronized void cascade(GuildKey deleted) {
    columns.remove(deleted);
    members.remove(deleted);
    ranks.remove(deleted);
    events.remove(deleted);
  }

  /** Makes the next {@link #saveGuild} throw what {@code failure} supplies, writing nothing. */
  public void failNextSave(Supplier<RuntimeException> failure) {
    nextSaveFailure.set(failure);
  }

  /** How many times {@link #saveGuild} was called, failed saves included. */
  public int saveCalls() {
    return saves.get();
  }

  /**
   * The guild row with this key.
   *
   * @throws AssertionError when there is none
   */
  public synchronized StoredGuild guild(GuildKey key) {
    InMemoryGuilds.Guild g =
        guilds.find(key).orElseThrow(() -> new AssertionError("no guild with key " + key));
    return columnsOf(key).toStored(g);
  }

  /** The guild's membership rows, current and left, in insertion order. */
  public synchronized List<StoredMember> members(GuildKey guild) {
    return List.copyOf(members.getOrDefault(guild, Map.of()).values());
  }

  /** The guild's rank rows by rank. */
  public synchronized List<GuildRank> ranks(GuildKey guild) {
    return List.copyOf(ranks.getOrDefault(guild, new TreeMap<>()).values());
  }

  /** The guild's events in the order recorded. */
  public synchronized List<StoredEvent> events(GuildKey guild) {
    return List.copyOf(events.getOrDefault(guild, List.of()));
  }

  /** Names a rank as a user would; inserts the rank row when the guild has none. */
  public synchronized void nameRank(GuildKey guild, int rank, String name) {
    TreeMap<Integer, GuildRank> rows = ranks.computeIfAbsent(guild, g -> new TreeMap<>());
    int count = Optional.ofNullable(rows.get(rank)).map(GuildRank::memberCount).orElse(0);
    rows.put(rank, new GuildRank(rank, name, count));
  }

  @Override
  public synchronized Claimed<TrackedGuild> claimDueGuilds(DueQuery query) {
    Lease lease = new Lease(UUID.randomUUID(), query.leaseUntil());
    List<InMemoryGuilds.Guild> due = new ArrayList<>();
    for (InMemoryGuilds.Guild g : guilds.all()) {
      GuildColumns c = columnsOf(g.key());
      if (DueRule.isDue(query, c.available, c.lastSyncedAt, c.nextAttemptAt, c.leaseUntil)) {
        due.add(g);
      }
    }
    due.sort(
        Comparator.comparing(
                (InMemoryGuilds.Guild g) -> columnsOf(g.key()).lastSyncedAt.orElse(Instant.MIN))
            .thenComparing(g -> g.key().value()));
    List<TrackedGuild> claimed = new ArrayList<>();
    for (InMemoryGuilds.Guild g : due.subList(0, Math.min(query.limit(), due.size()))) {
      GuildColumns c = columns.computeIfAbsent(g.key(), k -> new GuildColumns());
      c.leaseId = Optional.of(lease.id());
      c.leaseUntil = Optional.of(lease.until());
      claimed.add(c.toTracked(g));
    }
    return new Claimed<>(lease, claimed);
  }

  @Override
  public GuildSnapshot loadGuild(TrackedGuild guild, GuildRoster roster) {
    synchronized (characters) {
      synchronized (this) {
        Set<BnetCharacterId> ids =
            roster.members().stream().map(RosterMember::id).collect(Collectors.toSet());
        Map<CharacterKey, Optional<BnetCharacterId>> idsByKey = new HashMap<>();
        List<KnownCharacter> known = new ArrayList<>();
        characters
            .all()
            .forEach(
                c -> {
                  idsByKey.put(c.key(), c.bnetCharacterId());
                  if (c.ref().region() == guild.ref().region()
                      && c.bnetCharacterId().filter(ids::contains).isPresent()) {
                    known.add(
                        new KnownCharacter(
                            c.key(),
                            c.bnetCharacterId().get(),
                            c.ref(),
                            characters.retention(c.key()).purgedAt()));
                  }
                });
        List<GuildMembership> rows = new ArrayList<>();
        for (StoredMember m : members(guild.key())) {
          rows.add(
              new GuildMembership(
                  m.character(),
                  idsByKey.getOrDefault(m.character(), Optional.empty()),
                  m.rank(),
                  m.joinedAt(),
                  m.leftAt(),
                  m.missedRosters()));
        }
        Optional<GuildKey> holder =
            guilds.holder(guild.ref().region(), roster.id()).filter(h -> !h.equals(guild.key()));
        return new GuildSnapshot(holder, rows, ranks(guild.key()), known);
      }
    }
  }

  @Override
  public GuildSaveResult saveGuild(Lease lease, GuildChange change) {
    saves.incrementAndGet();
    Supplier<RuntimeException> failure = nextSaveFailure.getAndSet(null);
    if (failure != null) {
      throw failure.get();
    }
    synchronized (characters) {
      synchronized (this) {
        Optional<InMemoryGuilds.Guild> guild = guilds.find(change.key());
        if (guild.isEmpty()) {
          return GuildSaveResult.notWritten(GuildSaveStatus.GUILD_DELETED);
        }
        GuildColumns c = columnsOf(change.key());
        if (!c.leaseId.equals(Optional.of(lease.id()))) {
          return GuildSaveResult.notWritten(GuildSaveStatus.LEASE_LOST);
        }
        c.leaseId = Optional.empty();
        c.leaseUntil = Optional.empty();
        return new GuildChangeWriter(this, guild.get(), c, characters).write(change);
      }
    }
  }

  @Override
  public synchronized Lease renew(Lease lease, Instant until) {
    columns.values().stream()
        .filter(c -> c.leaseId.equals(Optional.of(lease.id())))
        .forEach(c -> c.leaseUntil = Optional.of(until));
    return new Lease(lease.id(), until);
  }

  @Override
  public synchronized void release(Lease lease) {
    columns.values().stream()
        .filter(c -> c.leaseId.equals(Optional.of(lease.id())))
        .forEach(
            c -> {
              c.leaseId = Optional.empty();
              c.leaseUntil = Optional.empty();
            });
  }

  InMemoryGuilds guildTable() {
    return guilds;
  }

  Map<CharacterKey, StoredMember> memberRows(GuildKey guild) {
    return members.computeIfAbsent(guild, g -> new LinkedHashMap<>());
  }

  TreeMap<Integer, GuildRank> rankRows(GuildKey guild) {
    return ranks.computeIfAbsent(guild, g -> new TreeMap<>());
  }

  List<StoredEvent> eventRows(GuildKey guild) {
    return events.computeIfAbsent(guild, g -> new ArrayList<>());
  }

  private GuildColumns columnsOf(GuildKey key) {
    return columns.computeIfAbsent(key, k -> new GuildColumns());
  }
}
