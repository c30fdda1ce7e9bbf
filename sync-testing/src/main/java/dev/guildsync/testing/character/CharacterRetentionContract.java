package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLink;
import dev.guildsync.core.character.RetentionPolicy;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retention and activity part of {@link dev.guildsync.core.character.CharacterStorePort}'s
 * contract: the status-check claim, what validated, purged, deleted and kept-invalid characters
 * look like afterwards, and the activity-aware claim. Extend it with a fresh, empty fixture per
 * test.
 */
public abstract class CharacterRetentionContract {
  /** A fixed start time; tests move time by building queries for later instants. */
  protected static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  private static final CharacterRef AERON = new CharacterRef(Region.EU, "argent-dawn", "Ærøn");
  private static final long BNET_ID = 201337420L;
  private static final Duration DAY = Duration.ofDays(1);

  private RetentionStoreFixture fixture;

  /** A fixture over the implementation under test, with no rows. */
  protected abstract RetentionStoreFixture newFixture();

  @BeforeEach
  void setUpRetentionFixture() {
    fixture = newFixture();
  }

  /**
   * The run-start query at {@code now}: stale after 60 days (so no profile is due), idle after 90,
   * active within 14, unavailable recheck 7, validated within 30.
   */
  private static DueQuery query(Instant now) {
    return new DueQuery(
        now,
        now.minus(Duration.ofDays(60)),
        now.minus(Duration.ofDays(7)),
        100,
        Duration.ofMinutes(10),
        now.minus(Duration.ofDays(90)),
        now.minus(Duration.ofDays(14)),
        Optional.of(now.minus(Duration.ofDays(30))));
  }

  private Claimed<DueCharacter> claim(DueQuery query) {
    return fixture.store().claimDueCharacters(query);
  }

  /** A character synced (and so validated) at {@code at}, linked to {@code guild}. */
  private CharacterKey synced(Instant at, GuildKey guild, Instant lastLogin) {
    CharacterKey key = fixture.addCharacter(AERON);
    CharacterProfile profile =
        TestProfiles.profile(AERON, BNET_ID)
            .guild(TestProfiles.inGuild(AERON, BNET_ID, 115248327).guild().orElseThrow())
            .lastLogin(lastLogin)
            .build();
    Claimed<DueCharacter> batch = claim(query(at));
    fixture
        .store()
        .saveCharacters(
            batch.lease(),
            List.of(
                new CharacterChange.Refreshed(
                    key,
                    profile,
                    new GuildLink.Linked(guild, profile.guild().orElseThrow()),
                    Optional.of("Mon, 23 Nov 2026 10:00:00 GMT"),
                    at)));
    return key;
  }

  private GuildKey guild() {
    return fixture.addGuild(
        Region.EU, dev.guildsync.core.BnetGuildId.of(115248327), "The Long Watch", "argent-dawn");
  }

  /** Claims at {@code now}, expecting exactly {@code key}, due for a status check. */
  private Claimed<DueCharacter> claimStatusCheck(Instant now, CharacterKey key) {
    Claimed<DueCharacter> batch = claim(query(now));
    assertThat(batch.items()).extracting(DueCharacter::key).containsExactly(key);
    assertThat(batch.items().get(0).statusCheck()).isTrue();
    assertThat(batch.items().get(0).bnetCharacterId()).contains(BnetCharacterId.of(BNET_ID));
    return batch;
  }

  /** Claims {@code key} for its status check at {@code at} and saves it as invalid. */
  private void invalidate(CharacterKey key, RetentionPolicy policy, String reason, Instant at) {
    Claimed<DueCharacter> batch = claimStatusCheck(at, key);
    fixture
        .store()
        .saveCharacters(
            batch.lease(), List.of(new CharacterChange.Invalidated(key, policy, reason, at)));
  }

  @Test
  void aRefreshValidatesAndAStatusCheckIsDueThirtyDaysLater() {
    CharacterKey key = synced(T0, guild(), T0);

    assertThat(fixture.readRetention(key)).isEqualTo(RetentionColumns.validated(T0));
    assertThat(claim(query(T0.plus(Duration.ofDays(30)))).items()).isEmpty();
    claimStatusCheck(T0.plus(Duration.ofDays(30)).plusMillis(1), key);
  }

  @Test
  void aValidatedCharacterKeepsEverythingButItsValidationTime() {
    CharacterKey key = synced(T0, guild(), T0);
    StoredCharacter before = fixture.read(key);
    Instant later = T0.plus(Duration.ofDays(31));
    Claimed<DueCharacter> batch = claimStatusCheck(later, key);

    fixture
        .store()
        .saveCharacters(batch.lease(), List.of(new CharacterChange.Validated(key, later)));

    assertThat(fixture.read(key)).isEqualTo(before);
    assertThat(fixture.readRetention(key)).isEqualTo(RetentionColumns.validated(later));
    assertThat(claim(query(later.plus(DAY))).items()).isEmpty();
  }

  @Test
  void aPurgeClearsEveryBattleNetColumnButTheIdAndIsNotCheckedAgain() {
    CharacterKey key = synced(T0, guild(), T0);
    StoredCharacter before = fixture.read(key);
    Instant later = T0.plus(Duration.ofDays(31));

    invalidate(key, RetentionPolicy.PURGE, "status: HTTP 404", later);

    StoredCharacter purged = fixture.read(key);
    assertThat(purged.ref()).isEqualTo(AERON);
    assertThat(purged.bnetCharacterId()).contains(BnetCharacterId.of(BNET_ID));
    assertThat(purged.profileColumns()).isEqualTo(before.withProfileCleared().profileColumns());
    assertThat(purged.available()).isFalse();
    assertThat(purged.lastError()).contains("status: HTTP 404");
    assertThat(purged.lastSyncedAt()).as("a completed check").contains(later);
    assertThat(fixture.readRetention(key))
        .isEqualTo(new RetentionColumns(Optional.of(T0), Optional.of(later), Optional.of(later)));
    List<DueCharacter> recheck = claim(query(later.plus(Duration.ofDays(8)))).items();
    assertThat(recheck).extracting(DueCharacter::statusCheck).containsExactly(false);
  }

  @Test
  void aDeleteRemovesTheRow() {
    CharacterKey key = synced(T0, guild(), T0);
    Instant later = T0.plus(Duration.ofDays(31));

    invalidate(key, RetentionPolicy.DELETE, "gone", later);

    assertThat(fixture.exists(key)).isFalse();
    assertThat(claim(query(later.plus(Duration.ofDays(365)))).items()).isEmpty();
  }

  @Test
  void keepOnlyMarksTheRow() {
    CharacterKey key = synced(T0, guild(), T0);
    StoredCharacter before = fixture.read(key);
    Instant later = T0.plus(Duration.ofDays(31));

    invalidate(key, RetentionPolicy.KEEP, "status: is_valid false", later);

    assertThat(fixture.read(key).profileColumns()).isEqualTo(before.profileColumns());
    assertThat(fixture.read(key).available()).isFalse();
    assertThat(fixture.readRetention(key))
        .isEqualTo(new RetentionColumns(Optional.of(T0), Optional.of(later), Optional.empty()));
  }

  @Test
  void aRefreshAfterAPurgeValidatesAgain() {
    CharacterKey key = synced(T0, guild(), T0);
    Instant later = T0.plus(Duration.ofDays(31));
    invalidate(key, RetentionPolicy.PURGE, "gone", later);
    Instant back = later.plus(Duration.ofDays(8));
    Claimed<DueCharacter> recheck = claim(query(back));

    fixture
        .store()
        .saveCharacters(
            recheck.lease(),
            List.of(
                new CharacterChange.Refreshed(
                    key,
                    TestProfiles.guildless(AERON, BNET_ID),
                    new GuildLink.Guildless(),
                    Optional.empty(),
                    back)));

    assertThat(fixture.read(key).available()).isTrue();
    assertThat(fixture.readRetention(key)).isEqualTo(RetentionColumns.validated(back));
  }

  @Test
  void anIdleCharacterIsClaimedAfterIdleStaleBeforeOnly() {
    GuildKey guild = guild();
    CharacterKey idle = synced(T0, guild, T0.minus(Duration.ofDays(15)));
    Instant now = T0.plus(Duration.ofHours(7));
    DueQuery active =
        new DueQuery(
            now,
            now.minus(Duration.ofHours(6)),
            now.minus(Duration.ofDays(7)),
            100,
            Duration.ofMinutes(10),
            now.minus(Duration.ofDays(7)),
            T0.minus(Duration.ofDays(15)),
            Optional.empty());
    DueQuery idleQuery =
        new DueQuery(
            now,
            now.minus(Duration.ofHours(6)),
            now.minus(Duration.ofDays(7)),
            100,
            Duration.ofMinutes(10),
            now.minus(Duration.ofDays(7)),
            T0.minus(Duration.ofDays(15)).plusMillis(1),
            Optional.empty());

    assertThat(claim(idleQuery).items()).as("idle: not before 7 days").isEmpty();
    assertThat(claim(active).items())
        .as("a login exactly at activeSince is active")
        .extracting(DueCharacter::key)
        .containsExactly(idle);
  }
}
