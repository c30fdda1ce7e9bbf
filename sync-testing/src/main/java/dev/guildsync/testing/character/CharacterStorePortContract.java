package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLink;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.claim.SyncState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.guildsync.core.character.CharacterStorePort}: due claims with leases,
 * what each change writes and keeps, race-free guild links. Extend it and return a fresh, empty
 * fixture over your implementation from {@link #newFixture()}.
 */
public abstract class CharacterStorePortContract implements ProfileFieldsContract {
  /** A fixed start time; tests move time by building queries for later instants. */
  protected static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  /** The stale-after the contract's due queries use. */
  protected static final Duration STALE_AFTER = Duration.ofHours(6);

  /** The unavailable recheck the contract's due queries use. */
  protected static final Duration UNAVAILABLE_RECHECK = Duration.ofDays(7);

  /** The lease the contract's claims take. */
  protected static final Duration LEASE = Duration.ofMinutes(10);

  private static final CharacterRef AERON = new CharacterRef(Region.EU, "argent-dawn", "Ærøn");

  private StoreFixture fixture;

  /** A fixture over the implementation under test, with no rows. */
  protected abstract StoreFixture newFixture();

  @BeforeEach
  void setUpFixture() {
    fixture = newFixture();
  }

  /** The fixture of the test that is running. */
  @Override
  public final StoreFixture fixture() {
    return fixture;
  }

  /** A query at {@code now} with the contract's default intervals. */
  protected static DueQuery dueAt(Instant now, int limit) {
    return new DueQuery(now, now.minus(STALE_AFTER), now.minus(UNAVAILABLE_RECHECK), limit, LEASE);
  }

  private Claimed<DueCharacter> claim(Instant now) {
    return fixture.store().claimDueCharacters(dueAt(now, 100));
  }

  private static CharacterRef ref(String name) {
    return new CharacterRef(Region.EU, "argent-dawn", name);
  }

  private static CharacterProfile profileInGuild(CharacterRef ref, long bnetGuildId) {
    return TestProfiles.inGuild(ref, 201337420L, bnetGuildId);
  }

  /** Claims {@code key} at {@code now} and saves one change for it built from the claim's lease. */
  private CharacterSaveResult claimAndSave(Instant now, CharacterChange change) {
    Claimed<DueCharacter> batch = claim(now);
    assertThat(batch.items()).extracting(DueCharacter::key).contains(change.key());
    return fixture.store().saveCharacters(batch.lease(), List.of(change));
  }

  private CharacterKey syncedCharacterLinkedTo(GuildKey guild) {
    CharacterKey key = fixture.addCharacter(AERON);
    CharacterProfile profile = profileInGuild(AERON, 115248327);
    CharacterSaveResult result =
        claimAndSave(
            T0,
            new CharacterChange.Refreshed(
                key,
                profile,
                new GuildLink.Linked(guild, profile.guild().orElseThrow()),
                Optional.of("Mon, 23 Nov 2026 10:00:00 GMT"),
                T0));
    assertThat(result).isEqualTo(CharacterSaveResult.clean());
    return key;
  }

  @Test
  void claimsCharactersThatWereNeverSynced() {
    CharacterKey key = fixture.addCharacter(AERON);

    Claimed<DueCharacter> batch = claim(T0);

    assertThat(batch.items())
        .containsExactly(
            new DueCharacter(
                key,
                AERON,
                Optional.empty(),
                Optional.empty(),
                new SyncState(true, Optional.empty(), Optional.empty(), 0),
                false));
    assertThat(batch.lease().until()).isEqualTo(T0.plus(LEASE));
  }

  @Test
  void claimsAtMostTheLimitAndSkipsLeasedCharacters() {
    fixture.addCharacter(ref("One"));
    fixture.addCharacter(ref("Two"));
    fixture.addCharacter(ref("Three"));

    Claimed<DueCharacter> first = fixture.store().claimDueCharacters(dueAt(T0, 2));
    Claimed<DueCharacter> second = fixture.store().claimDueCharacters(dueAt(T0, 2));
    Claimed<DueCharacter> third = fixture.store().claimDueCharacters(dueAt(T0, 2));

    assertThat(first.items()).hasSize(2);
    assertThat(second.items()).hasSize(1);
    assertThat(third.isEmpty()).isTrue();
    Set<CharacterKey> keys = new HashSet<>();
    first.items().forEach(c -> keys.add(c.key()));
    second.items().forEach(c -> keys.add(c.key()));
    assertThat(keys).hasSize(3);
  }

  @Test
  void claimsAgainOnceALeaseHasExpired() {
    CharacterKey key = fixture.addCharacter(AERON);
    claim(T0);

    assertThat(claim(T0.plus(LEASE).minusSeconds(1)).isEmpty()).isTrue();
    assertThat(claim(T0.plus(LEASE).plusSeconds(1)).items())
        .extracting(DueCharacter::key)
        .containsExactly(key);
  }

  @Test
  void claimsTheLongestUnsyncedFirst() {
    GuildKey guild = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey synced = syncedCharacterLinkedTo(guild);
    CharacterKey fresh = fixture.addCharacter(ref("Newcomer"));

    Claimed<DueCharacter> batch =
        fixture.store().claimDueCharacters(dueAt(T0.plus(Duration.ofDays(1)), 1));
    Claimed<DueCharacter> next =
        fixture.store().claimDueCharacters(dueAt(T0.plus(Duration.ofDays(1)), 1));

    assertThat(batch.items()).extracting(DueCharacter::key).containsExactly(fresh);
    assertThat(next.items()).extracting(DueCharacter::key).containsExactly(synced);
  }

  @Test
  void refreshedWritesTheProfileAndTheLocalGuildKey() {
    GuildKey guild = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");

    CharacterKey key = syncedCharacterLinkedTo(guild);

    StoredCharacter row = fixture.read(key);
    assertThat(row.ref()).isEqualTo(AERON);
    assertThat(row.bnetCharacterId()).contains(BnetCharacterId.of(201337420L));
    assertThat(row.guild()).contains(guild);
    assertThat(row.level()).contains(80);
    assertThat(row.characterClass()).contains("Paladin");
    assertThat(row.race()).contains("Dwarf");
    assertThat(row.faction()).contains(Faction.ALLIANCE);
    assertThat(row.activeSpec()).contains("Protection");
    assertThat(row.achievementPoints()).contains(14230L);
    assertThat(row.averageItemLevel()).contains(642);
    assertThat(row.equippedItemLevel()).contains(640);
    assertThat(row.lastLogin()).contains(Instant.ofEpochMilli(1763900000000L));
    assertThat(row.available()).isTrue();
    assertThat(row.lastSyncedAt()).contains(T0);
    assertThat(row.lastModified()).contains("Mon, 23 Nov 2026 10:00:00 GMT");
    assertThat(row.failureCount()).isZero();
    assertThat(row.lastError()).isEmpty();
    assertThat(row.nextAttemptAt()).isEmpty();
  }

  @Test
  void aSyncedCharacterIsNotDueAgainUntilItIsStale() {
    GuildKey guild = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey key = syncedCharacterLinkedTo(guild);

    assertThat(claim(T0.plus(STALE_AFTER).minusSeconds(1)).isEmpty()).isTrue();
    assertThat(claim(T0.plus(STALE_AFTER).plusSeconds(1)).items())
        .extracting(DueCharacter::key)
        .containsExactly(key);
  }

  @Test
  void aClaimHandsBackWhatTheLastSyncStored() {
    GuildKey guild = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey key = syncedCharacterLinkedTo(guild);

    DueCharacter due = claim(T0.plus(Duration.ofDays(1))).items().get(0);

    assertThat(due)
        .isEqualTo(
            new DueCharacter(
                key,
                AERON,
                Optional.of(BnetCharacterId.of(201337420L)),
                Optional.of(guild),
                new SyncState(
                    true, Optional.of(T0), Optional.of("Mon, 23 Nov 2026 10:00:00 GMT"), 0),
                false));
  }

  @Test
  void aLinkToAGuildDeletedBeforeTheWriteIsWrittenAsNullAndReported() {
    GuildKey guild = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey key = fixture.addCharacter(AERON);
    Claimed<DueCharacter> batch = claim(T0);
    CharacterProfile profile = profileInGuild(AERON, 115248327);
    fixture.deleteGuild(guild);

    CharacterSaveResult result =
        fixture
            .store()
            .saveCharacters(
                batch.lease(),
                List.of(
                    new CharacterChange.Refreshed(
                        key,
                        profile,
                        new GuildLink.Linked(guild, profile.guild().orElseThrow()),
                        Optional.empty(),
                        T0)));

    assertThat(result.guildLinksDropped()).containsExactly(key);
    assertThat(fixture.read(key).guild()).isEmpty();
    assertThat(fixture.read(key).level()).contains(80);
  }

  @Test
  void deletingALinkedGuildAfterTheWriteLeavesNoDanglingKey() {
    GuildKey guild = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey key = syncedCharacterLinkedTo(guild);

    fixture.deleteGuild(guild);

    assertThat(fixture.read(key).guild()).isEmpty();
    assertThat(fixture.read(key).level()).contains(80);
  }

  @Test
  void untrackedAndGuildlessLinksWriteNull() {
    GuildKey guild = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey linked = syncedCharacterLinkedTo(guild);
    CharacterKey other = fixture.addCharacter(ref("Keniön"));
    Instant later = T0.plus(Duration.ofDays(1));
    Claimed<DueCharacter> batch = claim(later);
    CharacterProfile untracked = profileInGuild(ref("Keniön"), 999);

    CharacterSaveResult result =
        fixture
            .store()
            .saveCharacters(
                batch.lease(),
                List.of(
                    new CharacterChange.Refreshed(
                        linked,
                        TestProfiles.guildless(AERON, 201337420L),
                        new GuildLink.Guildless(),
                        Optional.empty(),
                        later),
                    new CharacterChange.Refreshed(
                        other,
                        untracked,
                        new GuildLink.Untracked(untracked.guild().orElseThrow()),
                        Optional.empty(),
                        later)));

    assertThat(result).isEqualTo(CharacterSaveResult.clean());
    assertThat(fixture.read(linked).guild()).isEmpty();
    assertThat(fixture.read(other).guild()).isEmpty();
    assertThat(fixture.read(linked).lastModified()).isEmpty();
  }

  @Test
  void unchangedMovesOnlyTheSyncTime() {
    GuildKey guild = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey key = syncedCharacterLinkedTo(guild);
    StoredCharacter before = fixture.read(key);
    Instant later = T0.plus(Duration.ofDays(1));

    claimAndSave(later, new CharacterChange.Common(new CommonChange.Unchanged<>(key, later)));

    StoredCharacter after = fixture.read(key);
    assertThat(after.profileColumns()).isEqualTo(before.profileColumns());
    assertThat(after.available()).isTrue();
    assertThat(after.lastSyncedAt()).contains(later);
  }

  @Test
  void notFoundKeepsTheDataAndMarksTheCharacterUnavailableUntilTheRecheck() {
    GuildKey guild = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey key = syncedCharacterLinkedTo(guild);
    StoredCharacter before = fixture.read(key);
    Instant later = T0.plus(Duration.ofDays(1));

    claimAndSave(later, new CharacterChange.Common(new CommonChange.NotFound<>(key, later)));

    StoredCharacter after = fixture.read(key);
    assertThat(after.profileColumns()).isEqualTo(before.profileColumns());
    assertThat(after.available()).isFalse();
    assertThat(after.lastSyncedAt()).contains(later);
    assertThat(claim(later.plus(STALE_AFTER).plusSeconds(1)).isEmpty()).isTrue();
    DueCharacter due = claim(later.plus(UNAVAILABLE_RECHECK).plusSeconds(1)).items().get(0);
    assertThat(due.key()).isEqualTo(key);
    assertThat(due.state().available()).isFalse();
  }

  @Test
  void aRefreshAfterNotFoundMakesTheCharacterAvailableAgain() {
    GuildKey guild = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey key = syncedCharacterLinkedTo(guild);
    Instant later = T0.plus(Duration.ofDays(1));
    claimAndSave(later, new CharacterChange.Common(new CommonChange.NotFound<>(key, later)));
    Instant recheck = later.plus(UNAVAILABLE_RECHECK).plusSeconds(1);
    CharacterProfile profile = TestProfiles.guildless(AERON, 201337420L);

    claimAndSave(
        recheck,
        new CharacterChange.Refreshed(
            key, profile, new GuildLink.Guildless(), Optional.empty(), recheck));

    assertThat(fixture.read(key).available()).isTrue();
    assertThat(fixture.read(key).lastSyncedAt()).contains(recheck);
  }

  @Test
  void identityChangedKeepsTheDataAndMarksTheCharacterUnavailable() {
    GuildKey guild = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey key = syncedCharacterLinkedTo(guild);
    StoredCharacter before = fixture.read(key);
    Instant later = T0.plus(Duration.ofDays(1));

    claimAndSave(
        later,
        new CharacterChange.IdentityChanged(
            key, BnetCharacterId.of(201337420L), BnetCharacterId.of(42), later));

    StoredCharacter after = fixture.read(key);
    assertThat(after.profileColumns()).isEqualTo(before.profileColumns());
    assertThat(after.available()).isFalse();
    assertThat(after.lastError()).hasValueSatisfying(e -> assertThat(e).contains("identity"));
  }

  @Test
  void failedKeepsTheDataAndTheSyncTimeAndBacksOff() {
    GuildKey guild = fixture.addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey key = syncedCharacterLinkedTo(guild);
    StoredCharacter before = fixture.read(key);
    Instant later = T0.plus(Duration.ofDays(1));
    Instant retryAt = later.plus(Duration.ofMinutes(30));

    claimAndSave(
        later,
        new CharacterChange.Common(
            new CommonChange.Failed<>(key, "HTTP 503 after 3 attempts", 1, retryAt)));

    StoredCharacter after = fixture.read(key);
    assertThat(after.profileColumns()).isEqualTo(before.profileColumns());
    assertThat(after.available()).isTrue();
    assertThat(after.lastSyncedAt()).isEqualTo(before.lastSyncedAt());
    assertThat(after.failureCount()).isEqualTo(1);
    assertThat(after.lastError()).contains("HTTP 503 after 3 attempts");
    assertThat(after.nextAttemptAt()).contains(retryAt);
    assertThat(claim(retryAt.minusSeconds(1)).isEmpty()).isTrue();
    DueCharacter due = claim(retryAt).items().get(0);
    assertThat(due.state().failureCount()).isEqualTo(1);
  }

  @Test
  void aSuccessClearsTheFailureState() {
    CharacterKey key = fixture.addCharacter(AERON);
    claimAndSave(
        T0,
        new CharacterChange.Common(
            new CommonChange.Failed<>(key, "timeout", 2, T0.plusSeconds(60))));
    Instant later = T0.plusSeconds(61);

    claimAndSave(
        later,
        new CharacterChange.Refreshed(
            key,
            TestProfiles.guildless(AERON, 201337420L),
            new GuildLink.Guildless(),
            Optional.empty(),
            later));

    StoredCharacter row = fixture.read(key);
    assertThat(row.failureCount()).isZero();
    assertThat(row.lastError()).isEmpty();
    assertThat(row.nextAttemptAt()).isEmpty();
  }

  @Test
  void aSaveUnderALostLeaseWritesNothingForThatCharacter() {
    CharacterKey key = fixture.addCharacter(AERON);
    Lease stale = claim(T0).lease();
    Instant afterExpiry = T0.plus(LEASE).plusSeconds(1);
    Lease current = claim(afterExpiry).lease();

    CharacterSaveResult lost =
        fixture
            .store()
            .saveCharacters(
                stale,
                List.of(new CharacterChange.Common(new CommonChange.NotFound<>(key, afterExpiry))));
    assertThat(lost.leaseLost()).containsExactly(key);
    assertThat(fixture.read(key).available()).isTrue();
    assertThat(fixture.read(key).lastSyncedAt()).isEmpty();

    CharacterSaveResult kept =
        fixture
            .store()
            .saveCharacters(
                current,
                List.of(new CharacterChange.Common(new CommonChange.NotFound<>(key, afterExpiry))));
    assertThat(kept).isEqualTo(CharacterSaveResult.clean());
    assertThat(fixture.read(key).available()).isFalse();
  }

  @Test
  void aSaveEndsTheLease() {
    CharacterKey key = fixture.addCharacter(AERON);
    Instant retryAt = T0.plusSeconds(1);

    claimAndSave(
        T0, new CharacterChange.Common(new CommonChange.Failed<>(key, "HTTP 500", 1, retryAt)));

    assertThat(claim(retryAt).items()).extracting(DueCharacter::key).containsExactly(key);
  }

  @Test
  void anEmptySaveWritesNothing() {
    CharacterKey key = fixture.addCharacter(AERON);
    Claimed<DueCharacter> batch = claim(T0);

    assertThat(fixture.store().saveCharacters(batch.lease(), List.of()))
        .isEqualTo(CharacterSaveResult.clean());
    assertThat(fixture.read(key)).isEqualTo(StoredCharacter.fresh(key, AERON));
  }

  @Test
  void namesOutsideAsciiRoundTrip() {
    List<CharacterRef> refs =
        List.of(AERON, ref("Keniön"), ref("Иванка"), new CharacterRef(Region.KR, "azshara", "하늘"));
    List<CharacterKey> keys = new ArrayList<>();
    refs.forEach(r -> keys.add(fixture.addCharacter(r)));

    assertThat(claim(T0).items())
        .extracting(DueCharacter::ref)
        .containsExactlyInAnyOrderElementsOf(refs);
    for (int i = 0; i < refs.size(); i++) {
      assertThat(fixture.read(keys.get(i)).ref()).isEqualTo(refs.get(i));
    }
  }

  @Test
  void concurrentClaimersNeverReceiveTheSameCharacter() throws Exception {
    int characters = 300;
    for (int i = 0; i < characters; i++) {
      fixture.addCharacter(ref("Char" + i));
    }
    Callable<List<CharacterKey>> claimer =
        () -> {
          List<CharacterKey> mine = new ArrayList<>();
          while (true) {
            Claimed<DueCharacter> batch = fixture.store().claimDueCharacters(dueAt(T0, 7));
            if (batch.isEmpty()) {
              return mine;
            }
            batch.items().forEach(c -> mine.add(c.key()));
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<CharacterKey>>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(claimer));
      }
      List<CharacterKey> all = new ArrayList<>();
      for (Future<List<CharacterKey>> result : results) {
        all.addAll(result.get());
      }
      assertThat(all).hasSize(characters).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
  }
}
