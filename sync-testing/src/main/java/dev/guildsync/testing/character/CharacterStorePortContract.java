package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.guildsync.core.character.CharacterStorePort}: due claims with leases,
 * what each change writes and keeps, race-free guild links. Extend it and return a fresh, empty
 * fixture over your implementation from {@link #newFixture()}.
 */
public abstract class CharacterStorePortContract
    implements ProfileFieldsContract, CharacterClaimsContract, GuildLinkWritesContract {
  /** A fixed start time; tests move time by building queries for later instants. */
  protected static final Instant T0 = CharacterContractSteps.T0;

  /** The stale-after the contract's due queries use. */
  protected static final Duration STALE_AFTER = CharacterContractSteps.STALE_AFTER;

  /** The unavailable recheck the contract's due queries use. */
  protected static final Duration UNAVAILABLE_RECHECK = CharacterContractSteps.UNAVAILABLE_RECHECK;

  /** The lease the contract's claims take. */
  protected static final Duration LEASE = CharacterContractSteps.LEASE;

  private static final CharacterRef AERON = CharacterContractSteps.AERON;

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
    return CharacterContractSteps.dueAt(now, limit);
  }

  private Claimed<DueCharacter> claim(Instant now) {
    return CharacterContractSteps.claim(fixture, now);
  }

  private static CharacterRef ref(String name) {
    return CharacterContractSteps.ref(name);
  }

  private CharacterSaveResult claimAndSave(Instant now, CharacterChange change) {
    return CharacterContractSteps.claimAndSave(fixture, now, change);
  }

  private CharacterKey syncedCharacterLinkedTo(GuildKey guild) {
    return CharacterContractSteps.syncedCharacterLinkedTo(fixture, guild);
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
}
