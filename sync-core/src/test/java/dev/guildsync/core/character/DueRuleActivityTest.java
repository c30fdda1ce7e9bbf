package dev.guildsync.core.character;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.claim.DueQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The activity rule's and the status check's boundaries in {@link DueRule}. */
class DueRuleActivityTest {
  private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
  private static final CharacterSyncSettings DEFAULTS = CharacterSyncSettings.defaults();

  private static DueQuery query(CharacterSyncSettings settings) {
    return settings.dueQuery(START, START, 100);
  }

  private static DueState available(Duration syncedAgo, Optional<Duration> loginAgo) {
    return new DueState(
        true,
        Optional.of(START.minus(syncedAgo)),
        Optional.empty(),
        Optional.empty(),
        loginAgo.map(START::minus),
        true,
        Optional.of(START.minus(syncedAgo)),
        false);
  }

  private static Optional<DueRule.Reason> due(
      CharacterSyncSettings settings, Duration syncedAgo, Duration loginAgo) {
    return DueRule.dueFor(query(settings), available(syncedAgo, Optional.of(loginAgo)));
  }

  @Test
  void aLoginExactlyActiveWithinAgoIsActive() {
    Duration sevenHours = Duration.ofHours(7);

    assertThat(due(DEFAULTS, sevenHours, Duration.ofDays(14))).contains(DueRule.Reason.PROFILE);
    assertThat(due(DEFAULTS, sevenHours, Duration.ofDays(14).plusMillis(1))).isEmpty();
  }

  @Test
  void anIdleCharacterIsDueAfterIdleStaleAfterNotBefore() {
    Duration idle = Duration.ofDays(30);

    assertThat(due(DEFAULTS, Duration.ofDays(7), idle)).isEmpty();
    assertThat(due(DEFAULTS, Duration.ofDays(7).plusMillis(1), idle))
        .contains(DueRule.Reason.PROFILE);
  }

  @Test
  void anUnknownLastLoginCountsAsActive() {
    assertThat(DueRule.dueFor(query(DEFAULTS), available(Duration.ofHours(7), Optional.empty())))
        .contains(DueRule.Reason.PROFILE);
  }

  @Test
  void staleAfterZeroSyncsIdleCharactersEveryRun() {
    CharacterSyncSettings zero =
        CharacterSyncSettings.newBuilder().staleAfter(Duration.ZERO).build();

    assertThat(due(zero, Duration.ofSeconds(1), Duration.ofDays(365)))
        .contains(DueRule.Reason.PROFILE);
    assertThat(query(zero).distinguishesIdle()).isFalse();
  }

  @Test
  void anIdleCharacterIsNeverSyncedMoreOftenThanAnActiveOne() {
    CharacterSyncSettings slow =
        CharacterSyncSettings.newBuilder().staleAfter(Duration.ofDays(10)).build();

    assertThat(slow.effectiveIdleStaleAfter()).isEqualTo(Duration.ofDays(10));
    assertThat(due(slow, Duration.ofDays(8), Duration.ofDays(30))).isEmpty();
  }

  @Test
  void aStatusCheckIsDueOnlyPastRetentionCheckAfterWithAnIdAndNotInvalidated() {
    DueQuery query =
        query(CharacterSyncSettings.newBuilder().staleAfter(Duration.ofDays(60)).build());
    Instant synced = START.minus(Duration.ofDays(31));

    assertThat(
            DueRule.dueFor(
                query, state(synced, true, Optional.of(START.minus(Duration.ofDays(30))), false)))
        .isEmpty();
    assertThat(DueRule.dueFor(query, state(synced, true, Optional.of(synced), false)))
        .contains(DueRule.Reason.STATUS);
    assertThat(DueRule.dueFor(query, state(synced, true, Optional.empty(), false)))
        .contains(DueRule.Reason.STATUS);
    assertThat(DueRule.dueFor(query, state(synced, false, Optional.empty(), false))).isEmpty();
    assertThat(DueRule.dueFor(query, state(synced, true, Optional.empty(), true))).isEmpty();
    assertThat(
            DueRule.dueFor(
                query.withoutStatusChecks(), state(synced, true, Optional.empty(), false)))
        .isEmpty();
  }

  @Test
  void aProfileSyncWinsOverAStatusCheck() {
    DueState neverSynced =
        new DueState(
            true,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            true,
            Optional.empty(),
            false);

    assertThat(DueRule.dueFor(query(DEFAULTS), neverSynced)).contains(DueRule.Reason.PROFILE);
  }

  @Test
  void theOldQueryIgnoresActivityAndRetention() {
    DueQuery old =
        new DueQuery(START, START.minus(Duration.ofHours(6)), START, 10, Duration.ofMinutes(1));

    assertThat(
            DueRule.dueFor(old, available(Duration.ofHours(7), Optional.of(Duration.ofDays(99)))))
        .contains(DueRule.Reason.PROFILE);
    assertThat(old.validatedBefore()).isEmpty();
    assertThatThrownBy(
            () ->
                new DueQuery(
                    START,
                    START,
                    START,
                    1,
                    Duration.ofMinutes(1),
                    START.plusSeconds(1),
                    START,
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static DueState state(
      Instant synced, boolean hasId, Optional<Instant> validated, boolean invalidated) {
    return new DueState(
        true,
        Optional.of(synced),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        hasId,
        validated,
        invalidated);
  }
}
