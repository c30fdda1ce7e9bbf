package dev.guildsync.testing.guild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRank;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.MemberEventKind;
import dev.guildsync.core.guild.RosterMember;
import dev.guildsync.testing.character.StoredCharacter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The original system's member and rank scenarios, through the service and the fakes. */
class GuildMembershipSyncTest extends GuildSyncHarness {

  @Test
  void aNewMemberWhoseCharacterExistsIsAddedWithThatCharacter() {
    GuildKey guild = trackLongWatch();
    CharacterKey aeron =
        world.addCharacter(
            new CharacterRef(Region.EU, REALM, "Ærøn"),
            Optional.of(BnetCharacterId.of(1)),
            Optional.empty(),
            Optional.empty());
    rosters.script(LONG_WATCH_REF, longWatch(eu(1, "Ærøn", 2)));

    GuildSyncReport report = service().run();

    assertThat(report.joined()).isEqualTo(1);
    assertThat(report.charactersCreated()).isZero();
    assertThat(world.members(guild)).extracting(StoredMember::character).containsExactly(aeron);
    assertThat(world.readCharacter(aeron).guild()).contains(guild);
  }

  @Test
  void aNewMemberWithoutCharacterGetsOneWithTheGuildsRegion() {
    GuildKey guild = trackLongWatch();
    rosters.script(
        LONG_WATCH_REF,
        longWatch(
            new RosterMember(
                BnetCharacterId.of(7),
                new CharacterRef(Region.EU, "silvermoon", "Keniön"),
                72,
                11,
                4,
                3)));

    GuildSyncReport report = service().run();

    StoredCharacter created = world.characterWithId(Region.EU, 7).orElseThrow();
    assertThat(report.charactersCreated()).isEqualTo(1);
    assertThat(created.ref()).isEqualTo(new CharacterRef(Region.EU, "silvermoon", "Keniön"));
    assertThat(created.level()).contains(72);
    assertThat(created.characterClass()).contains("Druid");
    assertThat(created.race()).contains("Night Elf");
    assertThat(created.lastSyncedAt()).isEmpty();
    assertThat(created.guild()).contains(guild);
  }

  @Test
  void rankFiveToThreeIsOneUpdateAndOneEventAndAnUnchangedMemberIsNotWritten() {
    GuildKey guild = trackLongWatch();
    rosters.script(
        LONG_WATCH_REF,
        longWatch(eu(1, "Ærøn", 5), eu(2, "Keniön", 4)),
        longWatch(eu(1, "Ærøn", 3), eu(2, "Keniön", 4)));
    service().run();
    StoredMember keniön = memberOf(guild, 2);

    GuildSyncReport report = runLater();

    assertThat(report.rankChanged()).isEqualTo(1);
    assertThat(memberOf(guild, 1).rank()).isEqualTo(3);
    assertThat(memberOf(guild, 2)).isSameAs(keniön);
    assertThat(world.events(guild))
        .filteredOn(e -> e.kind() == MemberEventKind.RANK_CHANGED)
        .extracting(StoredEvent::detail)
        .containsExactly("5 -> 3");
  }

  @Test
  void aMissingMemberLeavesAfterTwoRostersOnceAndStaysLeftWithTheSameLeftAt() {
    GuildKey guild = trackLongWatch();
    rosters.script(
        LONG_WATCH_REF,
        longWatch(eu(1, "Ærøn", 0), eu(2, "Keniön", 4)),
        longWatch(eu(1, "Ærøn", 0)));
    service().run();

    GuildSyncReport once = runLater();
    StoredMember afterOnce = memberOf(guild, 2);
    Optional<GuildKey> linkAfterOnce = linkOf(2);
    GuildSyncReport twice = runLater();
    Instant leftAt = memberOf(guild, 2).leftAt().orElseThrow();
    GuildSyncReport thrice = runLater();

    assertThat(once.left()).isZero();
    assertThat(afterOnce.leftAt()).isEmpty();
    assertThat(linkAfterOnce).as("still linked after one miss").contains(guild);
    assertThat(twice.left()).isEqualTo(1);
    assertThat(thrice.left()).isZero();
    assertThat(memberOf(guild, 2).leftAt()).contains(leftAt);
    assertThat(linkOf(2)).isEmpty();
    assertThat(world.events(guild)).filteredOn(e -> e.kind() == MemberEventKind.LEFT).hasSize(1);
  }

  @Test
  void aReturningMemberIsRejoinedAndLinkedAgain() {
    GuildKey guild = trackLongWatch();
    rosters.script(
        LONG_WATCH_REF,
        longWatch(eu(1, "Ærøn", 0), eu(2, "Keniön", 4)),
        longWatch(eu(1, "Ærøn", 0)),
        longWatch(eu(1, "Ærøn", 0)),
        longWatch(eu(1, "Ærøn", 0), eu(2, "Keniön", 4)));
    service().run();
    runLater();
    runLater();

    GuildSyncReport back = runLater();

    assertThat(back.rejoined()).isEqualTo(1);
    assertThat(memberOf(guild, 2).leftAt()).isEmpty();
    assertThat(linkOf(2)).contains(guild);
  }

  @Test
  void ranksAreCreatedWithDefaultNamesCustomNamesKeptAndUnseenRanksGoToZero() {
    GuildKey guild = trackLongWatch();
    rosters.script(
        LONG_WATCH_REF,
        longWatch(eu(1, "Ærøn", 0), eu(2, "Keniön", 1), eu(3, "Иванка", 5)),
        longWatch(eu(1, "Ærøn", 0), eu(2, "Keniön", 1), eu(3, "Иванка", 1)));
    service().run();
    assertThat(world.ranks(guild))
        .containsExactly(
            new GuildRank(0, "Guild Master", 1),
            new GuildRank(1, "Rank 1", 1),
            new GuildRank(5, "Rank 5", 1));
    world.nameRank(guild, 1, "Officer");

    runLater();

    assertThat(world.ranks(guild))
        .containsExactly(
            new GuildRank(0, "Guild Master", 1),
            new GuildRank(1, "Officer", 2),
            new GuildRank(5, "Rank 5", 0));
  }

  @Test
  void theGuildMasterIsLinkedAndNotBlankedByARosterWithoutRankZero() {
    GuildKey guild = trackLongWatch();
    rosters.script(
        LONG_WATCH_REF,
        longWatch(eu(1, "Ærøn", 0), eu(2, "Keniön", 1)),
        longWatch(eu(1, "Ærøn", 1), eu(2, "Keniön", 1)));
    service().run();
    CharacterKey aeron = world.characterWithId(Region.EU, 1).orElseThrow().key();
    assertThat(world.readGuild(guild).leader()).contains(aeron);

    runLater();

    assertThat(world.readGuild(guild).leader()).contains(aeron);
  }

  @Test
  void theSameRosterTwiceChangesNothingAndRecordsNoEvent() {
    GuildKey guild = trackLongWatch();
    rosters.script(LONG_WATCH_REF, longWatch(eu(1, "Ærøn", 0), eu(2, "Keniön", 1)));
    GuildSyncReport first = service().run();
    List<StoredMember> members = world.members(guild);
    List<StoredEvent> events = world.events(guild);
    List<GuildRank> ranks = world.ranks(guild);

    GuildSyncReport second = runLater();

    assertThat(first.updated()).isEqualTo(1);
    assertThat(second.unchanged()).isEqualTo(1);
    assertThat(second.joined() + second.left() + second.rankChanged() + second.charactersCreated())
        .isZero();
    assertThat(world.members(guild)).isEqualTo(members);
    assertThat(world.events(guild)).isEqualTo(events);
    assertThat(world.ranks(guild)).isEqualTo(ranks);
  }

  @Test
  void aRenamedMemberKeepsItsKeyAndHistory() {
    GuildKey guild = trackLongWatch();
    rosters.script(LONG_WATCH_REF, longWatch(eu(1, "Ærøn", 0)), longWatch(eu(1, "Aeron", 0)));
    service().run();
    CharacterKey key = world.characterWithId(Region.EU, 1).orElseThrow().key();

    GuildSyncReport report = runLater();

    assertThat(report.renamed()).isEqualTo(1);
    assertThat(world.readCharacter(key).ref().name()).isEqualTo("Aeron");
    assertThat(report.left() + report.joined()).isZero();
    assertThat(world.members(guild))
        .singleElement()
        .satisfies(m -> assertThat(m.character()).isEqualTo(key));
  }

  @Test
  void aRenameTheStoreRefusesIsNotReported() {
    GuildKey guild = trackLongWatch();
    rosters.script(LONG_WATCH_REF, longWatch(eu(1, "Ærøn", 0)), longWatch(eu(1, "Aeron", 0)));
    service().run();
    CharacterKey key = world.characterWithId(Region.EU, 1).orElseThrow().key();
    world.addCharacter(
        new CharacterRef(Region.EU, REALM, "Aeron"),
        Optional.of(BnetCharacterId.of(99)),
        Optional.empty(),
        Optional.empty());

    GuildSyncReport report = runLater();

    assertThat(report.renamed()).as("the store refused it: the name is held").isZero();
    assertThat(world.readCharacter(key).ref().name()).isEqualTo("Ærøn");
    assertThat(world.events(guild)).noneMatch(e -> e.kind() == MemberEventKind.RENAMED);
  }
}
