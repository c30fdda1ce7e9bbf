package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.RequestCounts;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterStatus;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.Fault;
import dev.guildsync.simulator.SimulatorFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every per-character problem is a result, never an exception, and never data. */
class FailuresIT {
  private static final String REALM = "argent-dawn";
  private static final String NAME = "Ærøn";

  private BattleNetSimulator sim;
  private BattleNetClient client;

  @BeforeEach
  void start() {
    sim = BattleNetSimulator.start();
    sim.putRawCharacter(
        Region.EU,
        REALM,
        NAME,
        SimulatorFixtures.read(SimulatorFixtures.GUILDED),
        Instant.parse("2025-11-20T10:00:00Z"));
    client = TestClients.forSimulator(sim).maxRetries(3).build();
  }

  @AfterEach
  void stop() {
    client.close();
    sim.close();
  }

  private FetchResult<CharacterProfile> fetch() {
    return client.fetchProfile(TestClients.eu(REALM, NAME), Optional.empty());
  }

  private void fault(Fault... faults) {
    sim.fault(Region.EU, REALM, NAME, faults);
  }

  @Test
  void throttledWithRetryAfterIsRetriedAfterTheGivenDelay() {
    fault(Fault.throttled(1, Optional.of(Duration.ofSeconds(1))));
    long start = System.nanoTime();
    assertThat(fetch()).isInstanceOf(FetchResult.Found.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    assertThat(client.requestCounts()).isEqualTo(new RequestCounts(2, 1, 1));
  }

  @Test
  void throttledWithoutRetryAfterWaitsAboutASecond() {
    fault(Fault.throttled(1, Optional.empty()));
    long start = System.nanoTime();
    assertThat(fetch()).isInstanceOf(FetchResult.Found.class);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).isBetween(Duration.ofMillis(950), Duration.ofMillis(1600));
    assertThat(client.requestCounts().throttled()).isEqualTo(1);
  }

  @Test
  void serverErrorsThenSuccessIsFound() {
    fault(Fault.serverErrors(2, 503));
    assertThat(fetch()).isInstanceOf(FetchResult.Found.class);
    assertThat(client.requestCounts()).isEqualTo(new RequestCounts(3, 2, 0));
    assertThat(sim.stats().profileRequests()).isEqualTo(3);
  }

  @Test
  void exhaustedRetriesAreARetryableFailureNamingTheStatus() {
    fault(Fault.serverErrors(100, 502));
    FetchResult<CharacterProfile> result = fetch();
    assertThat(result).isInstanceOf(FetchResult.Failed.class);
    var failed = (FetchResult.Failed<CharacterProfile>) result;
    assertThat(failed.retryable()).isTrue();
    assertThat(failed.reason()).contains("HTTP 502").contains("retries exhausted");
    assertThat(sim.stats().profileRequests()).isEqualTo(4); // first try + maxRetries
  }

  @Test
  void aTimeoutIsARetryableFailure() {
    fault(Fault.delay(Duration.ofSeconds(2)));
    try (var impatient =
        TestClients.forSimulator(sim)
            .requestTimeout(Duration.ofMillis(300))
            .maxRetries(1)
            .build()) {
      FetchResult<CharacterProfile> result =
          impatient.fetchProfile(TestClients.eu(REALM, NAME), Optional.empty());
      assertThat(result).isInstanceOf(FetchResult.Failed.class);
      assertThat(((FetchResult.Failed<CharacterProfile>) result).retryable()).isTrue();
      assertThat(((FetchResult.Failed<CharacterProfile>) result).reason()).contains("timed out");
      assertThat(impatient.requestCounts().retried()).isEqualTo(1);
    }
  }

  @Test
  void aDrippingBodyIsCutOffByTheRequestTimeoutNotWaitedOnPerRead() {
    // One byte per 200 ms: every read comes well within the timeout, but the whole profile would
    // take minutes. The timeout bounds the whole response, so the attempt ends after about 1 s.
    fault(Fault.drip(Duration.ofMillis(200)));
    int bodyBytes = SimulatorFixtures.read(SimulatorFixtures.GUILDED).length();
    Duration drip = Duration.ofMillis(200).multipliedBy(bodyBytes);
    try (var impatient =
        TestClients.forSimulator(sim).requestTimeout(Duration.ofSeconds(1)).maxRetries(0).build()) {
      long start = System.nanoTime();
      FetchResult<CharacterProfile> result =
          impatient.fetchProfile(TestClients.eu(REALM, NAME), Optional.empty());
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(result).isInstanceOf(FetchResult.Failed.class);
      assertThat(((FetchResult.Failed<CharacterProfile>) result).retryable()).isTrue();
      assertThat(reasonOf(result)).contains("timed out");
      assertThat(drip).isGreaterThan(Duration.ofSeconds(60));
      assertThat(took).isLessThan(Duration.ofSeconds(20));
    }
  }

  @Test
  void malformedAndTruncatedJsonAreNotRetryable() {
    fault(Fault.malformedJson());
    assertThat(fetch()).isEqualTo(FetchResult.failed(false, reasonOf(fetch())));
    assertThat(reasonOf(fetch())).startsWith("malformed JSON");
    fault(Fault.truncatedJson());
    assertThat(reasonOf(fetch())).startsWith("malformed JSON");
    assertThat(((FetchResult.Failed<CharacterProfile>) fetch()).retryable()).isFalse();
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    sim.putRawCharacter(
        Region.EU,
        REALM,
        NAME,
        "{\"id\": 5, \"name\": \"Ærøn\", \"realm\": {\"name\": \"Argent Dawn\", \"id\": 536}}",
        Instant.now());
    FetchResult<CharacterProfile> result = fetch();
    assertThat(result).isInstanceOf(FetchResult.Failed.class);
    assertThat(((FetchResult.Failed<CharacterProfile>) result).retryable()).isFalse();
    assertThat(reasonOf(result)).contains("realm.slug");
  }

  @Test
  void aBodyOverOneMebibyteIsRefused() {
    String padding = "x".repeat(1024 * 1024);
    String fixture = SimulatorFixtures.read(SimulatorFixtures.GUILDED);
    sim.putRawCharacter(
        Region.EU,
        REALM,
        NAME,
        fixture.substring(0, fixture.lastIndexOf('}')) + ", \"padding\": \"" + padding + "\"}",
        Instant.now());
    FetchResult<CharacterProfile> result = fetch();
    assertThat(result).isEqualTo(FetchResult.failed(false, "profile body is over 1 MiB"));
  }

  @Test
  void notFoundForbiddenAndEmpty404AreNotFound() {
    fault(Fault.notFound());
    assertThat(fetch()).isEqualTo(FetchResult.notFound("HTTP 404"));
    fault(Fault.notFoundEmptyBody());
    assertThat(fetch()).isEqualTo(FetchResult.notFound("HTTP 404"));
    fault(Fault.forbidden());
    assertThat(fetch()).isEqualTo(FetchResult.notFound("HTTP 403"));
    fault();
    sim.removeCharacter(Region.EU, REALM, NAME);
    assertThat(fetch()).isEqualTo(FetchResult.notFound("HTTP 404"));
    assertThat(client.requestCounts().retried()).isZero();
  }

  @Test
  void conditionalRoundTrip() {
    var found = (FetchResult.Found<CharacterProfile>) fetch();
    assertThat(found.lastModified()).contains("Thu, 20 Nov 2025 10:00:00 GMT");
    assertThat(client.fetchProfile(TestClients.eu(REALM, NAME), found.lastModified()))
        .isEqualTo(FetchResult.notModified());
    assertThat(sim.stats().notModified()).isEqualTo(1);
    sim.changeCharacterId(Region.EU, REALM, NAME, 999);
    var changed = client.fetchProfile(TestClients.eu(REALM, NAME), found.lastModified());
    assertThat(changed).isInstanceOf(FetchResult.Found.class);
    assertThat(((FetchResult.Found<CharacterProfile>) changed).value().id().value()).isEqualTo(999);
  }

  @Test
  void statusEndpoint() {
    var ref = TestClients.eu(REALM, NAME);
    assertThat(client.checkStatus(ref))
        .isEqualTo(
            found(new CharacterStatus(dev.guildsync.core.BnetCharacterId.of(201337420), true)));
    sim.setValid(Region.EU, REALM, NAME, false);
    assertThat(client.checkStatus(ref))
        .isEqualTo(
            found(new CharacterStatus(dev.guildsync.core.BnetCharacterId.of(201337420), false)));
    sim.removeCharacter(Region.EU, REALM, NAME);
    assertThat(client.checkStatus(ref))
        .isEqualTo(new FetchResult.NotFound<CharacterStatus>("HTTP 404"));
    assertThat(sim.stats().statusRequests()).isEqualTo(3);
  }

  @Test
  void anInterruptedCallerGetsARetryableFailureAndKeepsTheFlag() {
    fault(Fault.delay(Duration.ofSeconds(2)));
    Thread.currentThread().interrupt();
    FetchResult<CharacterProfile> result = fetch();
    boolean flag = Thread.interrupted();
    assertThat(flag).isTrue();
    assertThat(result).isInstanceOf(FetchResult.Failed.class);
    assertThat(reasonOf(result)).contains("interrupted");
  }

  private static String reasonOf(FetchResult<CharacterProfile> result) {
    assertThat(result).isInstanceOf(FetchResult.Failed.class);
    return ((FetchResult.Failed<CharacterProfile>) result).reason();
  }

  private static FetchResult<CharacterStatus> found(CharacterStatus status) {
    return new FetchResult.Found<>(status, Optional.empty());
  }
}
