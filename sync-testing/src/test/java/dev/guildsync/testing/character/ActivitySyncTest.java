package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterSyncSettings;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The activity-aware due rule through the service, the in-memory store and a clock. */
class ActivitySyncTest extends SyncHarness {

  private static FetchResult<CharacterProfile> loggedIn(Instant at) {
    return FetchResult.found(TestProfiles.profile(eu("Ærøn"), 1).lastLogin(at).build(), null);
  }

  /** Runs a sync every hour for {@code hours} hours; returns how many fetches they made. */
  private int hourly(CharacterSyncSettings settings, int hours) {
    int before = profiles.callCount(eu("Ærøn"));
    for (int i = 0; i < hours; i++) {
      clock.advance(Duration.ofHours(1));
      service(settings).run();
    }
    return profiles.callCount(eu("Ærøn")) - before;
  }

  @Test
  void anIdleCharacterWaitsIdleStaleAfterAndBecomesActiveOnItsNextSyncAfterALogin() {
    store.add(eu("Ærøn"));
    Instant longAgo = T0.minus(Duration.ofDays(30));
    profiles.script(eu("Ærøn"), loggedIn(longAgo));
    CharacterSyncSettings settings = CharacterSyncSettings.defaults();
    service(settings).run();

    int idleWeek = hourly(settings, 7 * 24);
    profiles.script(eu("Ærøn"), loggedIn(clock.instant()));
    int loginSeen = hourly(settings, 1);
    int activeDay = hourly(settings, 24);

    assertThat(idleWeek).as("idle: not due before 7 days").isZero();
    assertThat(loginSeen).as("due after 7 days; this sync sees the new login").isEqualTo(1);
    assertThat(activeDay).as("active again: every 6 hours (strictly after)").isEqualTo(3);
  }

  @Test
  void staleAfterZeroSyncsAnIdleCharacterEveryRun() {
    store.add(eu("Ærøn"));
    profiles.script(eu("Ærøn"), loggedIn(T0.minus(Duration.ofDays(365))));
    CharacterSyncSettings zero =
        CharacterSyncSettings.newBuilder().staleAfter(Duration.ZERO).build();

    assertThat(hourly(zero, 5)).isEqualTo(5);
  }

  @Test
  void aLoginExactlyActiveWithinBeforeTheRunIsActive() {
    store.add(eu("Ærøn"));
    CharacterSyncSettings settings = CharacterSyncSettings.defaults();
    profiles.script(eu("Ærøn"), loggedIn(T0.minus(Duration.ofDays(14)).plus(Duration.ofHours(7))));
    service(settings).run();

    assertThat(hourly(settings, 7)).as("active at the 7th hour: due after 6 hours").isEqualTo(1);
  }
}
