package dev.guildsync.core.guild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.SyncState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** G1, G3, G5, G6, G7, the slug and the class and race table. */
class GuildRulesTest {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static final GuildRef REF = new GuildRef(Region.EU, "argent-dawn", "the-long-watch");
  private static final TrackedGuild GUILD =
      TrackedGuild.fresh(GuildKey.of(1), REF, "The Long Watch");
  private static final GuildSyncRules RULES =
      new GuildSyncRules(new FailureBackoff(Duration.ofMinutes(15), Duration.ofDays(1)), 2);

  private static RosterMember m(long id, int rank) {
    return new RosterMember(
        BnetCharacterId.of(id),
        new CharacterRef(Region.EU, "argent-dawn", "M" + id),
        80,
        2,
        3,
        rank);
  }

  private static GuildRoster longWatch(RosterMember... members) {
    return new GuildRoster(
        BnetGuildId.of(42),
        "The Long Watch",
        "argent-dawn",
        Optional.of(Faction.ALLIANCE),
        List.of(members));
  }

  @Test
  void ranksGetDefaultNamesKeepStoredNamesAndCountOnlyWhatChanged() {
    List<GuildRank> stored =
        List.of(
            new GuildRank(0, "Boss", 1),
            new GuildRank(1, "Officer", 2),
            new GuildRank(7, "Old", 3));

    List<RankWrite> writes = RankRule.writes(stored, List.of(m(1, 0), m(2, 1), m(3, 5)));

    assertThat(RankRule.defaultName(0)).isEqualTo("Guild Master");
    assertThat(RankRule.writes(List.of(), List.of(m(1, 0), m(2, 1), m(3, 5))))
        .containsExactly(
            new RankWrite(0, "Guild Master", 1),
            new RankWrite(1, "Rank 1", 1),
            new RankWrite(5, "Rank 5", 1));
    assertThat(writes)
        .as("rank 0 unchanged; 1 count 2->1; 5 new; 7 no longer seen -> 0")
        .containsExactly(
            new RankWrite(1, "Rank 1", 1),
            new RankWrite(5, "Rank 5", 1),
            new RankWrite(7, "Rank 7", 0));
    assertThat(RankRule.writes(List.of(new GuildRank(7, "Old", 0)), List.of())).isEmpty();
  }

  @Test
  void theGuildMasterIsTheRankZeroMemberAndARosterWithoutOneKeepsIt() {
    MemberCharacter known = new MemberCharacter.Known(CharacterKey.of(5));
    Map<BnetCharacterId, MemberCharacter> chars = Map.of(BnetCharacterId.of(1), known);

    assertThat(GuildMasterRule.leader(List.of(m(1, 0)), chars, Optional.empty())).contains(known);
    assertThat(GuildMasterRule.leader(List.of(m(1, 0)), chars, Optional.of(CharacterKey.of(5))))
        .isEmpty();
    assertThat(GuildMasterRule.leader(List.of(m(1, 2)), chars, Optional.of(CharacterKey.of(9))))
        .isEmpty();
  }

  @Test
  void aRosterWhoseIdAnotherGuildHoldsIsADuplicate() {
    GuildSnapshot held =
        new GuildSnapshot(Optional.of(GuildKey.of(2)), List.of(), List.of(), List.of());

    GuildChange change = RULES.decide(GUILD, FetchResult.found(longWatch(m(1, 0)), null), held, T0);

    assertThat(change)
        .isEqualTo(
            new GuildChange.Duplicate(GuildKey.of(1), BnetGuildId.of(42), GuildKey.of(2), T0));
  }

  @Test
  void anEmptyRosterForAGuildWithMembersIsAFailure() {
    GuildMembership member =
        new GuildMembership(
            CharacterKey.of(5), Optional.of(BnetCharacterId.of(1)), 0, T0, Optional.empty(), 0);
    GuildSnapshot withMembers =
        new GuildSnapshot(Optional.empty(), List.of(member), List.of(), List.of());
    FetchResult<GuildRoster> empty = FetchResult.found(longWatch(), null);

    GuildChange change = RULES.decide(GUILD, empty, withMembers, T0);

    CommonChange<GuildKey> failed = ((GuildChange.Common) change).change();
    assertThat(failed).isInstanceOf(CommonChange.Failed.class);
    assertThat(((CommonChange.Failed<GuildKey>) failed).reason()).contains("empty roster");
    assertThat(RULES.decide(GUILD, empty, GuildSnapshot.empty(), T0))
        .isInstanceOf(GuildChange.Refreshed.class);
  }

  @Test
  void notFoundNotModifiedAndFailedBecomeTheirChanges() {
    assertThat(RULES.decide(GUILD, FetchResult.notFound("HTTP 404"), GuildSnapshot.empty(), T0))
        .isEqualTo(new GuildChange.Common(new CommonChange.NotFound<>(GuildKey.of(1), T0)));
    assertThat(RULES.decide(GUILD, FetchResult.notModified(), GuildSnapshot.empty(), T0))
        .isEqualTo(new GuildChange.Common(new CommonChange.Unchanged<>(GuildKey.of(1), T0)));
    assertThat(RULES.decide(GUILD, FetchResult.failed(true, "HTTP 503"), GuildSnapshot.empty(), T0))
        .isEqualTo(
            new GuildChange.Common(
                new CommonChange.Failed<>(
                    GuildKey.of(1), "HTTP 503", 1, T0.plus(Duration.ofMinutes(15)))));
  }

  @Test
  void aSlugThatNowNamesAnotherBattleNetGuildIsAFailureNotAnOverwrite() {
    TrackedGuild known =
        new TrackedGuild(
            GuildKey.of(1),
            REF,
            "The Long Watch",
            Optional.of(BnetGuildId.of(7)),
            Optional.empty(),
            OptionalInt.empty(),
            Optional.empty(),
            new SyncState(true, Optional.empty(), Optional.empty(), 0));

    GuildChange change =
        RULES.decide(known, FetchResult.found(longWatch(m(1, 0)), null), GuildSnapshot.empty(), T0);

    assertThat(((GuildChange.Common) change).change()).isInstanceOf(CommonChange.Failed.class);
  }

  @Test
  void rosterTimeIsTheLastModifiedOrNow() {
    assertThat(GuildSyncRules.rosterTime(Optional.of("Tue, 24 Nov 2026 09:00:00 GMT"), T0))
        .isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
    assertThat(GuildSyncRules.rosterTime(Optional.of("yesterday"), T0)).isEqualTo(T0);
    assertThat(GuildSyncRules.rosterTime(Optional.empty(), T0)).isEqualTo(T0);
  }

  @Test
  void slugsAreLowerCaseWithRootLocaleAndDashesOrTakenFromTheHref() {
    assertThat(GuildSlug.fromName("The Long Watch")).isEqualTo("the-long-watch");
    assertThat(GuildSlug.fromName("IRONFORGE ÉLITE")).isEqualTo("ironforge-élite");
    assertThat(GuildSlug.fromName("Kel'Thuzad's Own")).isEqualTo("kel'thuzad's-own");
    assertThat(
            GuildSlug.fromHref(
                "https://eu.api.blizzard.com/data/wow/guild/argent-dawn/the-long-watch?namespace=profile-eu"))
        .contains("the-long-watch");
    assertThat(GuildSlug.fromHref("not a uri")).isEmpty();
  }

  @Test
  void classAndRaceNamesComeFromTheTableAndUnknownIdsAreEmpty() {
    assertThat(PlayableNames.className(1)).isEqualTo("Warrior");
    assertThat(PlayableNames.className(13)).isEqualTo("Evoker");
    assertThat(PlayableNames.className(99)).isEmpty();
    assertThat(PlayableNames.raceName(25)).isEqualTo("Pandaren");
    assertThat(PlayableNames.raceName(36)).isEqualTo("Mag'har Orc");
    assertThat(PlayableNames.raceName(85)).isEqualTo("Earthen");
    assertThat(PlayableNames.raceName(12)).isEmpty();
    assertThat(
            CharacterFromRoster.of(
                new RosterMember(
                    BnetCharacterId.of(1), new CharacterRef(Region.EU, "r", "N"), 10, 99, 99, 0)))
        .satisfies(
            c -> {
              assertThat(c.classId()).isEqualTo(99);
              assertThat(c.className()).isEmpty();
            });
  }
}
