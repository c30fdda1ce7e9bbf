package dev.guildsync.core.guild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** G2 and G3 as a pure function: every edge of the member diff. */
class MemberDiffTest {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static final Instant JOINED = T0.minus(Duration.ofDays(30));
  private static final CharacterKey AERON = CharacterKey.of(10);

  private static RosterMember aeron(String name, String realm, int rank) {
    return new RosterMember(
        BnetCharacterId.of(1), new CharacterRef(Region.EU, realm, name), 80, 2, 3, rank);
  }

  private static KnownCharacter knownAeron() {
    return new KnownCharacter(
        AERON, BnetCharacterId.of(1), new CharacterRef(Region.EU, "argent-dawn", "Ærøn"));
  }

  private static GuildMembership stored(int rank, Optional<Instant> leftAt, int missed) {
    return new GuildMembership(
        AERON, Optional.of(BnetCharacterId.of(1)), rank, JOINED, leftAt, missed);
  }

  private static GuildSnapshot snapshot(List<GuildMembership> members, KnownCharacter... known) {
    return new GuildSnapshot(Optional.empty(), members, List.of(), List.of(known));
  }

  private static MemberDiff.Result diff(GuildSnapshot snapshot, RosterMember... roster) {
    return MemberDiff.diff(snapshot, List.of(roster), 2, T0);
  }

  @Test
  void aNewMemberWhoseCharacterExistsJoinsWithThatCharacter() {
    MemberDiff.Result result =
        diff(snapshot(List.of(), knownAeron()), aeron("Ærøn", "argent-dawn", 3));

    MemberCharacter who = new MemberCharacter.Known(AERON);
    assertThat(result.created()).isEmpty();
    assertThat(result.members())
        .containsExactly(new MembershipWrite(who, 3, T0, Optional.empty(), 0));
    assertThat(result.events())
        .containsExactly(new MemberEvent(who, MemberEventKind.JOINED, T0, ""));
    assertThat(result.linked()).containsExactly(who);
  }

  @Test
  void aNewMemberWithoutCharacterGetsOneNamedFromTheTable() {
    RosterMember ivanka =
        new RosterMember(
            BnetCharacterId.of(7),
            new CharacterRef(Region.EU, "silvermoon", "Иванка"),
            71,
            6,
            29,
            4);

    MemberDiff.Result result = diff(GuildSnapshot.empty(), ivanka);

    assertThat(result.created())
        .containsExactly(
            new CharacterFromRoster(
                BnetCharacterId.of(7),
                new CharacterRef(Region.EU, "silvermoon", "Иванка"),
                71,
                6,
                "Death Knight",
                29,
                "Void Elf"));
    assertThat(result.characters())
        .containsEntry(BnetCharacterId.of(7), new MemberCharacter.New(BnetCharacterId.of(7)));
  }

  @Test
  void aRankChangeIsOneWriteAndOneEventWithBothRanks() {
    MemberDiff.Result result =
        diff(
            snapshot(List.of(stored(5, Optional.empty(), 0)), knownAeron()),
            aeron("Ærøn", "argent-dawn", 3));

    assertThat(result.members())
        .hasSize(1)
        .first()
        .satisfies(w -> assertThat(w.rank()).isEqualTo(3));
    assertThat(result.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(MemberEventKind.RANK_CHANGED);
              assertThat(e.detail()).isEqualTo("5 -> 3");
            });
  }

  @Test
  void anUnchangedMemberIsNotWrittenAndCaseOnlyNameDifferencesAreNoRename() {
    MemberDiff.Result result =
        diff(
            snapshot(List.of(stored(3, Optional.empty(), 0)), knownAeron()),
            aeron("ÆRØN", "argent-dawn", 3));

    assertThat(result.members()).isEmpty();
    assertThat(result.events()).isEmpty();
    assertThat(result.renamed()).isEmpty();
    assertThat(result.linked()).containsExactly(new MemberCharacter.Known(AERON));
  }

  @Test
  void aMissingMemberLeavesOnlyAfterTheConfiguredConfirmations() {
    GuildSnapshot once = snapshot(List.of(stored(3, Optional.empty(), 0)));
    GuildSnapshot twice = snapshot(List.of(stored(3, Optional.empty(), 1)));
    GuildSnapshot left = snapshot(List.of(stored(3, Optional.of(T0.minusSeconds(5)), 2)));

    MemberDiff.Result first = diff(once);
    MemberDiff.Result second = diff(twice);
    MemberDiff.Result third = diff(left);

    assertThat(first.members())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.leftAt()).isEmpty();
              assertThat(w.missedRosters()).isEqualTo(1);
            });
    assertThat(first.events()).isEmpty();
    assertThat(second.members())
        .singleElement()
        .satisfies(w -> assertThat(w.leftAt()).contains(T0));
    assertThat(second.events()).extracting(MemberEvent::kind).containsExactly(MemberEventKind.LEFT);
    assertThat(second.unlinked()).containsExactly(AERON);
    assertThat(third.members()).as("left_at is never moved").isEmpty();
    assertThat(third.events()).isEmpty();
    assertThat(third.unlinked()).containsExactly(AERON);
  }

  @Test
  void aMemberBackBeforeTheLeaveIsConfirmedResetsItsCounterWithoutEvent() {
    MemberDiff.Result result =
        diff(
            snapshot(List.of(stored(3, Optional.empty(), 1)), knownAeron()),
            aeron("Ærøn", "argent-dawn", 3));

    assertThat(result.members())
        .singleElement()
        .satisfies(w -> assertThat(w.missedRosters()).isZero());
    assertThat(result.events()).isEmpty();
  }

  @Test
  void aReturningMemberIsRejoinedWithItsOriginalJoinDate() {
    MemberDiff.Result result =
        diff(
            snapshot(List.of(stored(3, Optional.of(T0.minusSeconds(60)), 2)), knownAeron()),
            aeron("Ærøn", "argent-dawn", 4));

    assertThat(result.members())
        .containsExactly(
            new MembershipWrite(new MemberCharacter.Known(AERON), 4, JOINED, Optional.empty(), 0));
    assertThat(result.events())
        .extracting(MemberEvent::kind)
        .containsExactly(MemberEventKind.REJOINED);
  }

  @Test
  void aRenameOrRealmMoveIsMatchedByIdentityAndRenamedInPlace() {
    MemberDiff.Result result =
        diff(
            snapshot(List.of(stored(3, Optional.empty(), 0)), knownAeron()),
            aeron("Aeron", "silvermoon", 3));

    assertThat(result.renamed())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.key()).isEqualTo(AERON);
              assertThat(r.detail()).isEqualTo("Ærøn@argent-dawn -> Aeron@silvermoon");
            });
    assertThat(result.events())
        .extracting(MemberEvent::kind)
        .containsExactly(MemberEventKind.RENAMED);
    assertThat(result.members()).isEmpty();
    assertThat(result.created()).isEmpty();
  }

  @Test
  void aStoredMemberWithoutBattleNetIdNeverMatchesByName() {
    GuildMembership noId =
        new GuildMembership(AERON, Optional.empty(), 3, JOINED, Optional.empty(), 0);

    MemberDiff.Result result = diff(snapshot(List.of(noId)), aeron("Ærøn", "argent-dawn", 3));

    assertThat(result.created()).hasSize(1);
    assertThat(result.members()).hasSize(2);
  }
}
