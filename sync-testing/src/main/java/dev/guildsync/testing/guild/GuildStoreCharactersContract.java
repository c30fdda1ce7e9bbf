package dev.guildsync.testing.guild;

import static dev.guildsync.testing.guild.TestRosters.member;
import static dev.guildsync.testing.guild.TestRosters.roster;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.RetentionPolicy;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.MemberEventKind;
import dev.guildsync.testing.character.StoredCharacter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The characters half of {@link dev.guildsync.core.guild.GuildStorePort}'s roster save: G2's
 * renames in place, name collisions and adoptions, and G4's links with the freshness rule. Extend
 * it and return a fresh, empty fixture from {@link #newFixture()}.
 */
public abstract class GuildStoreCharactersContract extends GuildStoreContractSupport {

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
    assertThat(saved.renamesRefused()).containsExactly(aeron);
    assertThat(fixture.events(key))
        .extracting(StoredEvent::kind)
        .as("a refused rename records no event")
        .containsExactly(MemberEventKind.JOINED);
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
  void aPurgeClearsEveryPointerToTheCharacterTheGuildLeaderIncluded() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    sync(key, T0, longWatch(0, 1, 5));
    CharacterKey leader = fixture.characterWithId(Region.EU, 1).orElseThrow().key();
    assertThat(fixture.readGuild(key).leader()).contains(leader);
    Instant later = T0.plus(Duration.ofHours(1));
    Claimed<DueCharacter> batch =
        fixture
            .characterStore()
            .claimDueCharacters(
                new DueQuery(
                    later,
                    later.minus(Duration.ofDays(60)),
                    later.minus(Duration.ofDays(7)),
                    100,
                    LEASE,
                    later.minus(Duration.ofDays(60)),
                    later.minus(Duration.ofDays(14)),
                    Optional.of(later.minus(Duration.ofDays(30)))));
    assertThat(batch.items()).extracting(DueCharacter::key).contains(leader);

    fixture
        .characterStore()
        .saveCharacters(
            batch.lease(),
            List.of(
                new CharacterChange.Invalidated(
                    leader, RetentionPolicy.PURGE, "status: HTTP 404", later)));

    assertThat(fixture.readGuild(key).leader()).as("Blizzard's rule: no pointer left").isEmpty();
    assertThat(fixture.readCharacter(leader).guild()).isEmpty();
    assertThat(fixture.members(key)).noneMatch(m -> m.character().equals(leader));
    assertThat(fixture.members(key)).hasSize(2);
  }
}
