package dev.guildsync.core.testing.guild;

import static dev.guildsync.core.testing.guild.TestRosters.member;
import static dev.guildsync.core.testing.guild.TestRosters.roster;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FailureBackoff;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Lease;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.DueQuery;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.guild.ClaimedGuilds;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildRank;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSaveStatus;
import dev.guildsync.core.guild.GuildSyncRules;
import dev.guildsync.core.guild.MemberEventKind;
import dev.guildsync.core.guild.RosterFetchResult;
import dev.guildsync.core.guild.TrackedGuild;
import dev.guildsync.core.testing.character.StoredCharacter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.guildsync.core.port.GuildStorePort}: due claims with leases, what a
 * roster's change writes (guild row, characters, members, ranks, events, links) and what the other
 * cases keep, G1 at write time, race-free links with G4's freshness rule, release. Extend it and
 * return a fresh, empty fixture over your implementation from {@link #newFixture()}. Lease claims
 * and the sync-state cases are in {@link GuildStoreLeaseContract}.
 */
public abstract class GuildStorePortContract {
  protected static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  protected static final String REALM = "argent-dawn";
  protected static final long LONG_WATCH = 115248327L;

  private static final GuildSyncRules RULES =
      new GuildSyncRules(new FailureBackoff(Duration.ofMinutes(15), Duration.ofDays(1)), 2);

  private GuildStoreFixture fixture;

  /** A fixture over the implementation under test, with no rows. */
  protected abstract GuildStoreFixture newFixture();

  @BeforeEach
  void setUpFixture() {
    fixture = newFixture();
  }

  private static DueQuery dueAt(Instant now) {
    return new DueQuery(
        now,
        now.minus(Duration.ofHours(6)),
        now.minus(Duration.ofDays(7)),
        100,
        Duration.ofMinutes(10));
  }

  private static CharacterRef eu(String name) {
    return new CharacterRef(Region.EU, REALM, name);
  }

  private static GuildRoster longWatch(int... ranksOfMembers1To3) {
    return roster(
        LONG_WATCH,
        "The Long Watch",
        REALM,
        member(Region.EU, REALM, 1, "Ærøn", ranksOfMembers1To3[0]),
        member(Region.EU, REALM, 2, "Keniön", ranksOfMembers1To3[1]),
        member(Region.EU, REALM, 3, "Иванка", ranksOfMembers1To3[2]));
  }

  /** Claims the guild at {@code now}, decides the roster's change with the real rules, saves it. */
  private GuildSaveResult sync(GuildKey key, Instant now, GuildRoster roster, Runnable beforeSave) {
    ClaimedGuilds batch = fixture.store().claimDue(dueAt(now));
    TrackedGuild guild =
        batch.guilds().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    RosterFetchResult found = RosterFetchResult.found(roster, "Tue, 24 Nov 2026 09:00:00 GMT");
    GuildChange change = RULES.decide(guild, found, fixture.store().load(guild, roster), now);
    beforeSave.run();
    return fixture.store().save(batch.lease(), change);
  }

  private GuildSaveResult sync(GuildKey key, Instant now, GuildRoster roster) {
    return sync(key, now, roster, () -> {});
  }

  @Test
  void aRosterWritesTheGuildItsMembersRanksEventsAndNewCharacters() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    CharacterKey aeron =
        fixture.addCharacter(
            eu("Ærøn"), Optional.of(BnetCharacterId.of(1)), Optional.empty(), Optional.empty());

    GuildSaveResult saved = sync(key, T0, longWatch(0, 1, 5));

    assertThat(saved).isEqualTo(GuildSaveResult.written(2));
    StoredGuild guild = fixture.readGuild(key);
    assertThat(guild.bnetGuildId())
        .hasValueSatisfying(id -> assertThat(id.value()).isEqualTo(LONG_WATCH));
    assertThat(guild.memberCount()).hasValue(3);
    assertThat(guild.leader()).contains(aeron);
    assertThat(guild.available()).isTrue();
    assertThat(guild.lastSyncedAt()).contains(T0);
    assertThat(guild.lastModified()).contains("Tue, 24 Nov 2026 09:00:00 GMT");
    assertThat(fixture.members(key)).hasSize(3).allSatisfy(m -> assertThat(m.leftAt()).isEmpty());
    assertThat(fixture.ranks(key))
        .containsExactly(
            new GuildRank(0, "Guild Master", 1),
            new GuildRank(1, "Rank 1", 1),
            new GuildRank(5, "Rank 5", 1));
    assertThat(fixture.events(key))
        .extracting(StoredEvent::kind)
        .containsOnly(MemberEventKind.JOINED);
    StoredCharacter created = fixture.characterWithId(Region.EU, 3).orElseThrow();
    assertThat(created.ref()).isEqualTo(eu("Иванка"));
    assertThat(created.level()).contains(80);
    assertThat(created.characterClass()).contains("Paladin");
    assertThat(created.race()).contains("Dwarf");
    assertThat(created.lastSyncedAt()).as("due for a profile sync").isEmpty();
    assertThat(created.guild()).contains(key);
    assertThat(fixture.readCharacter(aeron).guild()).contains(key);
  }

  @Test
  void theSameRosterTwiceWritesNoEventAndKeepsTheRows() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    sync(key, T0, longWatch(0, 1, 5));
    List<StoredMember> members = fixture.members(key);

    Instant later = T0.plus(Duration.ofDays(1));
    assertThat(sync(key, later, longWatch(0, 1, 5))).isEqualTo(GuildSaveResult.written(0));

    assertThat(fixture.members(key)).isEqualTo(members);
    assertThat(fixture.events(key)).hasSize(3);
    assertThat(fixture.readGuild(key).lastSyncedAt()).contains(later);
  }

  @Test
  void aStoredRankNameIsNeverOverwrittenEvenWhenNamedBetweenReadAndWrite() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    sync(key, T0, longWatch(0, 1, 5));
    fixture.nameRank(key, 1, "Officer");

    sync(
        key,
        T0.plus(Duration.ofDays(1)),
        longWatch(0, 5, 5),
        () -> fixture.nameRank(key, 5, "Raider"));

    assertThat(fixture.ranks(key))
        .containsExactly(
            new GuildRank(0, "Guild Master", 1),
            new GuildRank(1, "Officer", 0),
            new GuildRank(5, "Raider", 2));
  }

  @Test
  void anIdTakenByAnotherGuildBeforeTheWriteIsADuplicateAndNothingIsWritten() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");

    GuildSaveResult saved =
        sync(
            key,
            T0,
            longWatch(0, 1, 5),
            () ->
                fixture
                    .registry()
                    .register(
                        Region.EU,
                        List.of(new ProfileGuild(BnetGuildId.of(LONG_WATCH), "Other", REALM))));

    assertThat(saved.status()).isEqualTo(GuildSaveStatus.DUPLICATE);
    assertThat(saved.duplicateOf()).isPresent().isNotEqualTo(Optional.of(key));
    assertThat(fixture.readGuild(key).bnetGuildId()).isEmpty();
    assertThat(fixture.members(key)).isEmpty();
    assertThat(fixture.characterWithId(Region.EU, 3)).isEmpty();
    assertThat(fixture.readGuild(key).lastError())
        .hasValueSatisfying(e -> assertThat(e).contains("held by"));
  }

  @Test
  void aGuildDeletedBeforeTheWriteGetsNothingAndNoError() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");

    GuildSaveResult saved = sync(key, T0, longWatch(0, 1, 5), () -> fixture.deleteGuild(key));

    assertThat(saved.status()).isEqualTo(GuildSaveStatus.GUILD_DELETED);
    assertThat(fixture.characterWithId(Region.EU, 3)).isEmpty();
  }

  @Test
  void deletingAGuildAfterTheWriteCascadesAndUnlinks() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    sync(key, T0, longWatch(0, 1, 5));
    StoredCharacter created = fixture.characterWithId(Region.EU, 3).orElseThrow();

    fixture.deleteGuild(key);

    assertThat(fixture.readCharacter(created.key()).guild()).isEmpty();
    assertThat(fixture.members(key)).isEmpty();
    assertThat(fixture.ranks(key)).isEmpty();
    assertThat(fixture.events(key)).isEmpty();
  }

  @Test
  void aProfileSyncedAfterTheRosterKeepsItsGuildLink() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    GuildKey other = fixture.addGuild(Region.EU, REALM, "Elsewhere");
    CharacterKey fresh =
        fixture.addCharacter(
            eu("Ærøn"),
            Optional.of(BnetCharacterId.of(1)),
            Optional.of(T0.minusSeconds(60)),
            Optional.of(other));
    CharacterKey stale =
        fixture.addCharacter(
            eu("Keniön"),
            Optional.of(BnetCharacterId.of(2)),
            Optional.of(Instant.parse("2026-11-24T08:00:00Z")),
            Optional.of(other));

    sync(key, T0, longWatch(0, 1, 5));

    assertThat(fixture.readCharacter(fresh).guild())
        .as("profile newer than the roster")
        .contains(other);
    assertThat(fixture.readCharacter(stale).guild()).contains(key);
  }

  @Test
  void aRecordedLeaveUnlinksACharacterStillPointingAtTheGuild() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    sync(key, T0, longWatch(0, 1, 5));
    StoredCharacter ivanka = fixture.characterWithId(Region.EU, 3).orElseThrow();
    GuildRoster without =
        roster(
            LONG_WATCH,
            "The Long Watch",
            REALM,
            member(Region.EU, REALM, 1, "Ærøn", 0),
            member(Region.EU, REALM, 2, "Keniön", 1));

    sync(key, T0.plus(Duration.ofDays(1)), without);
    assertThat(fixture.readCharacter(ivanka.key()).guild()).contains(key);
    sync(key, T0.plus(Duration.ofDays(2)), without);

    assertThat(fixture.readCharacter(ivanka.key()).guild()).isEmpty();
    assertThat(fixture.members(key))
        .filteredOn(m -> m.character().equals(ivanka.key()))
        .singleElement()
        .satisfies(m -> assertThat(m.leftAt()).contains(T0.plus(Duration.ofDays(2))));
  }

  @Test
  void aRenameIntoANameAnotherIdentityHoldsMarksThatRowAndRaisesNoError() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    CharacterKey aeron =
        fixture.addCharacter(
            eu("Ærøn"), Optional.of(BnetCharacterId.of(1)), Optional.empty(), Optional.empty());
    CharacterKey squatter =
        fixture.addCharacter(
            eu("Newname"), Optional.of(BnetCharacterId.of(99)), Optional.empty(), Optional.empty());

    GuildSaveResult saved =
        sync(
            key,
            T0,
            roster(LONG_WATCH, "The Long Watch", REALM, member(Region.EU, REALM, 1, "Newname", 0)));

    assertThat(saved.identityChanged()).containsExactly(squatter);
    assertThat(fixture.readCharacter(squatter).available()).isFalse();
    assertThat(fixture.readCharacter(aeron).ref()).isEqualTo(eu("Ærøn"));
    assertThat(fixture.members(key)).extracting(StoredMember::character).containsExactly(aeron);
  }

  @Test
  void aRenameMovesTheCharacterInPlace() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    CharacterKey aeron =
        fixture.addCharacter(
            eu("Ærøn"), Optional.of(BnetCharacterId.of(1)), Optional.empty(), Optional.empty());

    sync(
        key,
        T0,
        roster(
            LONG_WATCH, "The Long Watch", REALM, member(Region.EU, "silvermoon", 1, "Aeron", 0)));

    assertThat(fixture.readCharacter(aeron).ref())
        .isEqualTo(new CharacterRef(Region.EU, "silvermoon", "Aeron"));
    assertThat(fixture.events(key))
        .extracting(StoredEvent::kind)
        .containsExactlyInAnyOrder(MemberEventKind.RENAMED, MemberEventKind.JOINED);
  }

  @Test
  void aNewMemberWhoseNameARowWithoutIdHoldsAdoptsThatRow() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    CharacterKey typedIn =
        fixture.addCharacter(eu("иванка"), Optional.empty(), Optional.empty(), Optional.empty());

    GuildSaveResult saved = sync(key, T0, longWatch(0, 1, 5));

    assertThat(saved.charactersCreated()).isEqualTo(2);
    assertThat(fixture.readCharacter(typedIn).bnetCharacterId()).contains(BnetCharacterId.of(3));
    assertThat(fixture.members(key)).extracting(StoredMember::character).contains(typedIn);
  }

  @Test
  void aSaveUnderALostLeaseWritesNothing() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    ClaimedGuilds stale = fixture.store().claimDue(dueAt(T0));
    Instant after = T0.plus(Duration.ofMinutes(11));
    fixture.store().claimDue(dueAt(after));

    GuildSaveResult saved =
        fixture.store().save(stale.lease(), new GuildChange.NotFound(key, after));

    assertThat(saved.status()).isEqualTo(GuildSaveStatus.LEASE_LOST);
    assertThat(fixture.readGuild(key).available()).isTrue();
  }

  @Test
  void releaseMakesTheLeasedGuildsClaimableAtOnce() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    Lease lease = fixture.store().claimDue(dueAt(T0)).lease();
    assertThat(fixture.store().claimDue(dueAt(T0)).isEmpty()).isTrue();

    fixture.store().release(lease);
    fixture.store().release(new Lease(UUID.randomUUID(), T0));

    assertThat(fixture.store().claimDue(dueAt(T0)).guilds())
        .extracting(TrackedGuild::key)
        .containsExactly(key);
  }
}
