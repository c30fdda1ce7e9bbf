package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.guildsync.bnet.OutageRule.Admission;
import dev.guildsync.core.outage.BattleNetUnavailableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When Battle.net as a whole counts as unavailable, what the line says, and how it comes back. */
class OutageRuleTest {
  private static final URI HOST = URI.create("https://eu.api.blizzard.com/profile/x");
  private static final OutageStreak.Failure TIMED_OUT =
      OutageStreak.Failure.of(HOST, new HttpTimeoutException("request timed out"));

  private final AtomicLong nanos = new AtomicLong();
  private final OutageRule rule = new OutageRule(4, Duration.ofSeconds(10), nanos::get);

  private void fail(int times, String request, OutageStreak.Failure failure)
      throws InterruptedException {
    for (int i = 0; i < times; i++) {
      rule.failed(rule.admit(), request, failure);
    }
  }

  @Test
  void oneRequestsOwnRetriesNeverMakeBattleNetUnavailable() throws Exception {
    fail(20, "/profile/wow/character/argent-dawn/aeron", TIMED_OUT);

    assertThat(rule.admit()).isEqualTo(Admission.NORMAL);
  }

  @Test
  void failuresInARowAcrossRequestsDoAndTheLineSaysWhatHappened() throws Exception {
    fail(2, "/a", TIMED_OUT);
    fail(2, "/b", TIMED_OUT);

    BattleNetUnavailableException e =
        catchThrowableOfType(BattleNetUnavailableException.class, rule::admit);

    assertThat(e)
        .hasMessage(
            "Battle.net is not answering: 4 requests timed out in a row (eu.api.blizzard.com)");
    assertThat(e.unreachable()).isFalse();
    assertThat(e.host()).isEqualTo("eu.api.blizzard.com");
    assertThat(e.failuresInARow()).isEqualTo(4);
  }

  @Test
  void anAnswerBetweenFailuresStartsTheCountAgain() throws Exception {
    fail(3, "/a", TIMED_OUT);
    rule.admit();
    rule.answered();
    fail(3, "/b", TIMED_OUT);

    assertThat(rule.admit()).isEqualTo(Admission.NORMAL);
  }

  @Test
  void everyRequestFailingToConnectWithNoAnswerEverIsUnreachable() throws Exception {
    URI closed = URI.create("http://127.0.0.1:1/profile/x");
    fail(2, "/a", OutageStreak.Failure.of(closed, new ConnectException("Connection refused")));
    ConnectException unknown = new ConnectException();
    unknown.initCause(new UnresolvedAddressException());
    fail(2, "/b", OutageStreak.Failure.of(closed, unknown));

    BattleNetUnavailableException e =
        catchThrowableOfType(BattleNetUnavailableException.class, rule::admit);

    assertThat(e.unreachable()).isTrue();
    assertThat(e)
        .hasMessage(
            "Battle.net cannot be reached at 127.0.0.1:1: 4 requests in a row could not connect"
                + " (unknown host)");
  }

  @Test
  void refusedConnectionsAfterEarlierAnswersAreAnOutageNotAMistypedHost() throws Exception {
    rule.answered();
    fail(4, "/a", OutageStreak.Failure.of(HOST, new ConnectException("Connection refused")));
    fail(1, "/b", OutageStreak.Failure.of(HOST, new ConnectException("Connection refused")));

    BattleNetUnavailableException e =
        catchThrowableOfType(BattleNetUnavailableException.class, rule::admit);

    assertThat(e.unreachable()).isFalse();
    assertThat(e)
        .hasMessageStartingWith("Battle.net is not answering: 5 requests could not connect");
  }

  @Test
  void statusesTokensAndMixturesAreNamed() throws Exception {
    fail(4, "/a", OutageStreak.Failure.ofStatus(HOST, 503));
    fail(1, "/b", OutageStreak.Failure.ofStatus(HOST, 503));
    assertThat(catchThrowableOfType(BattleNetUnavailableException.class, rule::admit))
        .hasMessage(
            "Battle.net is not answering: 5 requests got HTTP 503 in a row (eu.api.blizzard.com)");

    OutageRule throttled = new OutageRule(2, Duration.ofSeconds(1), nanos::get);
    throttled.failed(throttled.admit(), "/a", OutageStreak.Failure.ofStatus(HOST, 429));
    throttled.failed(throttled.admit(), "/b", OutageStreak.Failure.ofStatus(HOST, 429));
    assertThat(throttled.admit())
        .as("429s only, not yet for two seconds")
        .isEqualTo(Admission.NORMAL);
    nanos.addAndGet(OutageRule.THROTTLED_FOR.toNanos());
    throttled.failed(throttled.admit(), "/c", OutageStreak.Failure.ofStatus(HOST, 429));
    assertThat(catchThrowableOfType(BattleNetUnavailableException.class, throttled::admit))
        .hasMessage(
            "Battle.net is throttling every request: 3 requests got HTTP 429 in a row"
                + " (eu.api.blizzard.com)");

    OutageRule tokens = new OutageRule(2, Duration.ofSeconds(1), nanos::get);
    IOException noToken =
        new TokenUnavailableException("oauth.battle.net", "token endpoint answered HTTP 503");
    tokens.failed(tokens.admit(), "/a", OutageStreak.Failure.of(HOST, noToken));
    tokens.failed(tokens.admit(), "/b", OutageStreak.Failure.ofStatus(HOST, 502));
    assertThat(catchThrowableOfType(BattleNetUnavailableException.class, tokens::admit))
        .hasMessage(
            "Battle.net is not answering: 2 requests failed in a row (eu.api.blizzard.com)");
  }

  @Test
  void manyInstancesOverASharedQuotaSeeLongRunsOf429sThatAreNotAnOutage() throws Exception {
    // 25% of requests answered, the rest 429: runs of hundreds of 429s, none lasting 2 s.
    for (int second = 0; second < 30; second++) {
      fail(50, "/a" + second, OutageStreak.Failure.ofStatus(HOST, 429));
      fail(50, "/b" + second, OutageStreak.Failure.ofStatus(HOST, 429));
      nanos.addAndGet(Duration.ofMillis(900).toNanos());
      assertThat(rule.admit()).isEqualTo(Admission.NORMAL);
      rule.answered();
    }

    assertThat(rule.admit()).isEqualTo(Admission.NORMAL);
  }

  @Test
  void oneProbePerSpacingGoesThroughAndAnAnswerEndsTheOutage() throws Exception {
    fail(2, "/a", TIMED_OUT);
    fail(2, "/b", TIMED_OUT);
    assertThatThrownBy(rule::admit).isInstanceOf(BattleNetUnavailableException.class);

    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    Admission probe = rule.admit();
    assertThat(probe).isEqualTo(Admission.PROBE);
    CompletableFuture<Admission> waiting = CompletableFuture.supplyAsync(this::admitQuietly);
    Thread.sleep(100);
    assertThat(waiting).as("waits for the probe's answer").isNotDone();

    rule.answered();

    assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(Admission.NORMAL);
    assertThat(rule.admit()).isEqualTo(Admission.NORMAL);
  }

  @Test
  void aFailedProbeKeepsItUnavailableUntilTheNextSpacingAndFailsTheWaitingAttempts()
      throws Exception {
    fail(2, "/a", TIMED_OUT);
    fail(2, "/b", TIMED_OUT);
    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    Admission probe = rule.admit();
    CompletableFuture<Admission> waiting = CompletableFuture.supplyAsync(this::admitQuietly);
    Thread.sleep(100);

    rule.failed(probe, "/c", TIMED_OUT);

    assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(BattleNetUnavailableException.class)
        .hasMessageContaining("5 requests timed out in a row");
    nanos.addAndGet(Duration.ofSeconds(9).toNanos());
    assertThatThrownBy(rule::admit).isInstanceOf(BattleNetUnavailableException.class);
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(rule.admit()).isEqualTo(Admission.PROBE);
  }

  @Test
  void anAbandonedProbeLetsTheNextAttemptProbeAtOnce() throws Exception {
    fail(2, "/a", TIMED_OUT);
    fail(2, "/b", TIMED_OUT);
    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    Admission probe = rule.admit();

    rule.abandoned(probe);

    assertThat(rule.admit()).isEqualTo(Admission.PROBE);
  }

  private Admission admitQuietly() {
    try {
      return rule.admit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
