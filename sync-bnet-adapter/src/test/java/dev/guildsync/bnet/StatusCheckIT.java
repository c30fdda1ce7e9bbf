package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterStatus;
import dev.guildsync.core.character.CharacterStatusPort;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.Fault;
import dev.guildsync.simulator.SimulatorFixtures;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client as the core's {@link CharacterStatusPort}, against the simulator's status endpoint.
 */
class StatusCheckIT {
  private static final String REALM = "argent-dawn";
  private static final String NAME = "Ærøn";
  private static final CharacterRef AERON = TestClients.eu(REALM, NAME);

  private BattleNetSimulator sim;
  private BattleNetClient client;
  private long id;

  @BeforeEach
  void start() {
    sim = BattleNetSimulator.start();
    sim.putRawCharacter(
        Region.EU,
        REALM,
        NAME,
        SimulatorFixtures.read(SimulatorFixtures.GUILDED),
        Instant.parse("2025-11-20T10:00:00Z"));
    client = TestClients.forSimulator(sim).maxRetries(1).build();
    id = ((FetchResult.Found<CharacterStatus>) client.checkStatus(AERON)).value().id().value();
  }

  @AfterEach
  void stop() {
    client.close();
    sim.close();
  }

  @Test
  void aValidCharacterAnswersItsIdOnOneRequest() {
    long before = sim.stats().statusRequests();

    FetchResult<CharacterStatus> result = client.checkStatus(AERON);

    assertThat(result)
        .isEqualTo(FetchResult.found(new CharacterStatus(BnetCharacterId.of(id), true), null));
    assertThat(sim.stats().statusRequests() - before).isEqualTo(1);
  }

  @Test
  void isValidFalseAndAnotherIdAreAnswers() {
    sim.setValid(Region.EU, REALM, NAME, false);
    FetchResult<CharacterStatus> invalid = client.checkStatus(AERON);
    sim.setValid(Region.EU, REALM, NAME, true);
    sim.changeCharacterId(Region.EU, REALM, NAME, id + 1);

    assertThat(invalid)
        .isEqualTo(FetchResult.found(new CharacterStatus(BnetCharacterId.of(id), false), null));
    assertThat(client.checkStatus(AERON))
        .isEqualTo(FetchResult.found(new CharacterStatus(BnetCharacterId.of(id + 1), true), null));
  }

  @Test
  void aRemovedCharacterIsNotFound() {
    sim.removeCharacter(Region.EU, REALM, NAME);

    assertThat(client.checkStatus(AERON)).isInstanceOf(FetchResult.NotFound.class);
  }

  @Test
  void serverErrorsAfterRetriesAreARetryableFailure() {
    sim.fault(Region.EU, REALM, NAME, Fault.serverErrors(5, 503));

    FetchResult<CharacterStatus> result = client.checkStatus(AERON);

    assertThat(result).isInstanceOf(FetchResult.Failed.class);
    assertThat(((FetchResult.Failed<CharacterStatus>) result).retryable()).isTrue();
  }
}
