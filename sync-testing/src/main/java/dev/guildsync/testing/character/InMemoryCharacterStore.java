package dev.guildsync.testing.character;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.CharacterStorePort;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.DueRule;
import dev.guildsync.core.character.DueState;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.claim.SyncState;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An in-memory characters table implementing {@link CharacterStorePort} exactly as the port's
 * contract says, including leases and race-free guild links against an {@link InMemoryGuilds}.
 * Thread-safe. Tests can make the next save fail to check that nothing of a batch is written. It
 * never parks a change: every value fits in memory. Details are written with their changes and
 * removed with a purged or deleted character.
 */
public final class InMemoryCharacterStore implements CharacterStorePort {

  private record Row(StoredCharacter data, Optional<UUID> leaseId, Optional<Instant> leaseUntil) {}

  private final InMemoryGuilds guilds;
  private final Map<CharacterKey, Row> rows = new LinkedHashMap<>();
  private final Map<CharacterKey, RetentionColumns> retention = new HashMap<>();
  private final InMemoryDetails details = new InMemoryDetails();
  private final List<Consumer<CharacterKey>> onPurge = new CopyOnWriteArrayList<>();
  private final List<Consumer<CharacterKey>> onDelete = new CopyOnWriteArrayList<>();
  private final AtomicReference<Supplier<RuntimeException>> nextSaveFailure =
      new AtomicReference<>();
  private final AtomicInteger saves = new AtomicInteger();
  private final AtomicInteger releases = new AtomicInteger();
  private long nextKey = 1;

  /** A store whose guild links are checked against {@code guilds} at write time. */
  public InMemoryCharacterStore(InMemoryGuilds guilds) {
    this.guilds = Objects.requireNonNull(guilds, "guilds");
    guilds.onDelete(this::unlinkGuild);
  }

  private synchronized void unlinkGuild(GuildKey deleted) {
    rows.replaceAll(
        (key, row) ->
            row.data().guild().equals(Optional.of(deleted))
                ? new Row(row.data().withGuild(Optional.empty()), row.leaseId(), row.leaseUntil())
                : row);
  }

  /**
   * Runs {@code action} with a character's key when a save purges it (its memberships go) or
   * deletes it (everything referring to it goes), inside the save, as {@code ON DELETE CASCADE} or
   * the store's own statements would.
   */
  public void onRetention(Consumer<CharacterKey> purged, Consumer<CharacterKey> deleted) {
    onPurge.add(Objects.requireNonNull(purged, "purged"));
    onDelete.add(Objects.requireNonNull(deleted, "deleted"));
  }

  /** A row's retention columns; all empty for a row no change validated or invalidated. */
  public synchronized RetentionColumns retention(CharacterKey key) {
    return retention.getOrDefault(key, RetentionColumns.none());
  }

  /** Sets a row's retention columns, as an earlier sync or a migration's backfill would. */
  public synchronized void putRetention(CharacterKey key, RetentionColumns columns) {
    retention.put(key, Objects.requireNonNull(columns, "columns"));
  }

  /** What is stored of a character's details; none for an unknown key. */
  public synchronized StoredDetails details(CharacterKey key) {
    return details.read(key);
  }

  /** The stored projection of one detail of a character; empty when none. */
  public synchronized Optional<DetailData> detail(CharacterKey key, CharacterDetail detail) {
    return details.data(key, detail);
  }

  /** Whether a row with this key exists (a {@code DELETE} policy removes rows). */
  public synchronized boolean exists(CharacterKey key) {
    return rows.containsKey(key);
  }

  /** Inserts a character with only the contract columns, never synced, and returns its key. */
  public synchronized CharacterKey add(CharacterRef ref) {
    CharacterKey key = CharacterKey.of(nextKey++);
    rows.put(key, new Row(StoredCharacter.fresh(key, ref), Optional.empty(), Optional.empty()));
    return key;
  }

  /** Inserts or replaces a row as given, e.g. a character that was synced and linked before. */
  public synchronized void put(StoredCharacter row) {
    rows.put(row.key(), new Row(row, Optional.empty(), Optional.empty()));
    nextKey = Math.max(nextKey, row.key().value() + 1);
  }

  /**
   * Rewrites a row's data in place, keeping any lease on it, as another writer (the guild sync)
   * does.
   *
   * @throws AssertionError when there is no such row
   */
  public synchronized void update(CharacterKey key, UnaryOperator<StoredCharacter> change) {
    Row row = rows.get(key);
    if (row == null) {
      throw new AssertionError("no character with key " + key);
    }
    rows.put(key, new Row(change.apply(row.data()), row.leaseId(), row.leaseUntil()));
  }

  /**
   * The row with this key.
   *
   * @throws AssertionError when there is none
   */
  public synchronized StoredCharacter get(CharacterKey key) {
    Row row = rows.get(key);
    if (row == null) {
      throw new AssertionError("no character with key " + key);
    }
    return row.data();
  }

  /** Every row, in key order. */
  public synchronized List<StoredCharacter> all() {
    return rows.values().stream().map(Row::data).toList();
  }

  /** How many times {@link #saveCharacters} was called, failed saves included. */
  public int saveCalls() {
    return saves.get();
  }

  /**
   * Makes the next {@link #saveCharacters} throw what {@code failure} supplies, writing nothing.
   */
  public void failNextSave(Supplier<RuntimeException> failure) {
    nextSaveFailure.set(failure);
  }

  @Override
  public synchronized Claimed<DueCharacter> claimDueCharacters(DueQuery query) {
    Lease lease = new Lease(UUID.randomUUID(), query.leaseUntil());
    List<Row> due = new ArrayList<>();
    for (Row row : rows.values()) {
      if (dueFor(query, row).isPresent()) {
        due.add(row);
      }
    }
    due.sort(
        Comparator.comparing(
                (Row r) -> r.data().lastSyncedAt().orElse(Instant.MIN), Comparator.naturalOrder())
            .thenComparing(r -> r.data().key().value()));
    List<DueCharacter> claimed = new ArrayList<>();
    for (Row row : due.subList(0, Math.min(query.limit(), due.size()))) {
      StoredCharacter c = row.data();
      boolean statusCheck = dueFor(query, row).orElseThrow() == DueRule.Reason.STATUS;
      rows.put(c.key(), new Row(c, Optional.of(lease.id()), Optional.of(lease.until())));
      claimed.add(
          new DueCharacter(
              c.key(),
              c.ref(),
              c.bnetCharacterId(),
              c.guild(),
              new SyncState(c.available(), c.lastSyncedAt(), c.lastModified(), c.failureCount()),
              statusCheck,
              c.lastLogin(),
              details.states(c.key())));
    }
    return new Claimed<>(lease, claimed);
  }

  private Optional<DueRule.Reason> dueFor(DueQuery query, Row row) {
    StoredCharacter c = row.data();
    RetentionColumns r = retention(c.key());
    return DueRule.dueFor(
        query,
        new DueState(
            c.available(),
            c.lastSyncedAt(),
            c.nextAttemptAt(),
            row.leaseUntil(),
            c.lastLogin(),
            c.bnetCharacterId().isPresent(),
            r.lastValidatedAt(),
            r.invalidatedAt().isPresent()));
  }

  @Override
  public synchronized Lease renew(Lease lease, Instant until) {
    Objects.requireNonNull(until, "until");
    rows.replaceAll(
        (key, row) ->
            row.leaseId().equals(Optional.of(lease.id()))
                ? new Row(row.data(), row.leaseId(), Optional.of(until))
                : row);
    return new Lease(lease.id(), until);
  }

  @Override
  public synchronized void release(Lease lease) {
    Objects.requireNonNull(lease, "lease");
    releases.incrementAndGet();
    rows.replaceAll(
        (key, row) ->
            row.leaseId().equals(Optional.of(lease.id()))
                ? new Row(row.data(), Optional.empty(), Optional.empty())
                : row);
  }

  /** How many times {@link #release} was called. */
  public int releaseCalls() {
    return releases.get();
  }

  /** Whether any character is held by a lease that has not ended at {@code now}. */
  public synchronized boolean anyLeasedAt(Instant now) {
    return rows.values().stream().anyMatch(r -> r.leaseUntil().map(now::isBefore).orElse(false));
  }

  @Override
  public synchronized CharacterSaveResult saveCharacters(
      Lease lease, List<CharacterChange> changes) {
    saves.incrementAndGet();
    Supplier<RuntimeException> failure = nextSaveFailure.getAndSet(null);
    if (failure != null) {
      throw failure.get();
    }
    Map<CharacterKey, Row> written = new HashMap<>();
    Set<CharacterKey> dropped = new HashSet<>();
    Set<CharacterKey> leaseLost = new HashSet<>();
    for (CharacterChange change : changes) {
      Row row = rows.get(change.key());
      if (row == null || !row.leaseId().equals(Optional.of(lease.id()))) {
        leaseLost.add(change.key());
        continue;
      }
      if (written.containsKey(change.key())) {
        throw new IllegalArgumentException("two changes for character " + change.key());
      }
      StoredCharacter updated = InMemoryChanges.apply(row.data(), change, guilds::exists, dropped);
      written.put(change.key(), new Row(updated, Optional.empty(), Optional.empty()));
    }
    rows.putAll(written);
    for (CharacterChange change : changes) {
      if (written.containsKey(change.key())) {
        retention.put(change.key(), InMemoryChanges.retention(retention(change.key()), change));
        change.details().forEach(details::write);
        retire(change);
      }
    }
    return new CharacterSaveResult(dropped, leaseLost);
  }

  private void retire(CharacterChange change) {
    if (change instanceof CharacterChange.Invalidated i) {
      switch (i.policy()) {
        case PURGE -> {
          details.remove(i.key());
          onPurge.forEach(l -> l.accept(i.key()));
        }
        case DELETE -> {
          details.remove(i.key());
          rows.remove(i.key());
          retention.remove(i.key());
          onDelete.forEach(l -> l.accept(i.key()));
        }
        case KEEP -> {}
      }
    }
  }
}
