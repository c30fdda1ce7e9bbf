package dev.guildsync.core.character;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.SyncState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each status outcome of Blizzard's retention rule, as {@link CharacterSyncRules} decides it. */
class RetentionRulesTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final CharacterRef AERON = new CharacterRef(Region.EU, "argent-dawn", "Ærøn");
  private static final FailureBackoff BACKOFF =
      new FailureBackoff(Duration.ofMinutes(15), Duration.ofDays(1));

  private static DueCharacter recorded(long id, int failures) {
    return new DueCharacter(
        CharacterKey.of(1),
        AERON,
        Optional.of(BnetCharacterId.of(id)),
        Optional.empty(),
        new SyncState(false, Optional.empty(), Optional.empty(), failures),
        true);
  }

  private static FetchResult<CharacterStatus> answered(long id, boolean valid) {
    return FetchResult.found(new CharacterStatus(BnetCharacterId.of(id), valid), null);
  }

  private static CharacterChange decide(
      RetentionPolicy policy, FetchResult<CharacterStatus> result) {
    return new CharacterSyncRules(BACKOFF, policy).decideStatus(recorded(7, 0), result, NOW);
  }

  @Test
  void validWithTheRecordedIdValidates() {
    assertThat(decide(RetentionPolicy.PURGE, answered(7, true)))
        .isEqualTo(new CharacterChange.Validated(CharacterKey.of(1), NOW));
  }

  @ParameterizedTest
  @EnumSource(RetentionPolicy.class)
  void isValidFalseInvalidatesUnderThePolicy(RetentionPolicy policy) {
    assertThat(decide(policy, answered(7, false)))
        .isEqualTo(
            new CharacterChange.Invalidated(
                CharacterKey.of(1), policy, "status: is_valid false", NOW));
  }

  @ParameterizedTest
  @EnumSource(RetentionPolicy.class)
  void anotherIdInvalidatesEvenWhenValid(RetentionPolicy policy) {
    CharacterChange change = decide(policy, answered(8, true));

    assertThat(change).isInstanceOf(CharacterChange.Invalidated.class);
    CharacterChange.Invalidated invalid = (CharacterChange.Invalidated) change;
    assertThat(invalid.policy()).isEqualTo(policy);
    assertThat(invalid.reason()).contains("Battle.net id 8", "recorded 7");
  }

  @ParameterizedTest
  @EnumSource(RetentionPolicy.class)
  void notFoundInvalidates(RetentionPolicy policy) {
    assertThat(decide(policy, new FetchResult.NotFound<>("HTTP 404")))
        .isEqualTo(
            new CharacterChange.Invalidated(CharacterKey.of(1), policy, "status: HTTP 404", NOW));
  }

  @Test
  void aFailedStatusRequestIsAFailureWithBackOff() {
    CharacterChange change =
        new CharacterSyncRules(BACKOFF, RetentionPolicy.PURGE)
            .decideStatus(recorded(7, 2), new FetchResult.Failed<>(true, "HTTP 503"), NOW);

    assertThat(change)
        .isEqualTo(
            new CharacterChange.Common(
                new CommonChange.Failed<>(
                    CharacterKey.of(1), "status: HTTP 503", 3, NOW.plus(Duration.ofHours(1)))));
  }

  @Test
  void thePurgeIsTheDefault() {
    assertThat(CharacterSyncSettings.defaults().retention()).isEqualTo(RetentionPolicy.PURGE);
    assertThat(
            new CharacterSyncRules(BACKOFF)
                .decideStatus(recorded(7, 0), new FetchResult.NotFound<>("HTTP 404"), NOW))
        .extracting(c -> ((CharacterChange.Invalidated) c).policy())
        .isEqualTo(RetentionPolicy.PURGE);
  }
}
