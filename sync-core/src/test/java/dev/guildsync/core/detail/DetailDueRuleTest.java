package dev.guildsync.core.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DetailDueRuleTest {
  private static final Instant LOGIN = Instant.parse("2026-11-24T08:00:00Z");
  private static final CharacterDetail EQ = CharacterDetail.EQUIPMENT;

  private static Optional<DetailState> stored(Instant login, DetailOutcome outcome) {
    return Optional.of(
        new DetailState(Optional.of(login), Optional.of("lm"), EQ.version(), outcome));
  }

  @Test
  void aDetailNeverFetchedIsDueWhateverTheLogin() {
    assertThat(DetailDueRule.isDue(EQ, Optional.empty(), Optional.empty())).isTrue();
    assertThat(DetailDueRule.isDue(EQ, Optional.empty(), Optional.of(LOGIN))).isTrue();
  }

  @Test
  void aDetailFetchedUnderTheCurrentLoginIsNotDue() {
    assertThat(DetailDueRule.isDue(EQ, stored(LOGIN, DetailOutcome.FOUND), Optional.of(LOGIN)))
        .isFalse();
    assertThat(DetailDueRule.isDue(EQ, stored(LOGIN, DetailOutcome.ABSENT), Optional.of(LOGIN)))
        .isFalse();
  }

  @Test
  void aNewerLoginMakesItDueAnOlderOneDoesNot() {
    Optional<DetailState> state = stored(LOGIN, DetailOutcome.FOUND);
    assertThat(DetailDueRule.isDue(EQ, state, Optional.of(LOGIN.plusSeconds(1)))).isTrue();
    assertThat(DetailDueRule.isDue(EQ, state, Optional.of(LOGIN.minus(Duration.ofDays(1)))))
        .isFalse();
  }

  @Test
  void anUnknownLoginNeverMakesAFetchedDetailDue() {
    assertThat(DetailDueRule.isDue(EQ, stored(LOGIN, DetailOutcome.FOUND), Optional.empty()))
        .isFalse();
    Optional<DetailState> noLogin =
        Optional.of(new DetailState(Optional.empty(), Optional.empty(), 1, DetailOutcome.FOUND));
    assertThat(DetailDueRule.isDue(EQ, noLogin, Optional.empty())).isFalse();
    assertThat(DetailDueRule.isDue(EQ, noLogin, Optional.of(LOGIN))).isTrue();
  }

  @Test
  void aFailedDetailStaysDue() {
    assertThat(DetailDueRule.isDue(EQ, stored(LOGIN, DetailOutcome.FAILED), Optional.of(LOGIN)))
        .isTrue();
  }

  @Test
  void anotherProjectionVersionMakesItDue() {
    Optional<DetailState> old =
        Optional.of(
            new DetailState(
                Optional.of(LOGIN), Optional.empty(), EQ.version() + 1, DetailOutcome.FOUND));
    assertThat(DetailDueRule.isDue(EQ, old, Optional.of(LOGIN))).isTrue();
  }

  @Test
  void dueListsOnlyEnabledDetailsThatAreDue() {
    var enabled = EnumSet.of(EQ, CharacterDetail.MYTHIC_PLUS, CharacterDetail.TOYS);
    var stored =
        Map.of(
            EQ,
            stored(LOGIN, DetailOutcome.FOUND).orElseThrow(),
            CharacterDetail.RAIDS,
            stored(LOGIN, DetailOutcome.FAILED).orElseThrow());
    assertThat(DetailDueRule.due(enabled, stored, Optional.of(LOGIN)))
        .containsExactly(CharacterDetail.MYTHIC_PLUS, CharacterDetail.TOYS);
  }
}
