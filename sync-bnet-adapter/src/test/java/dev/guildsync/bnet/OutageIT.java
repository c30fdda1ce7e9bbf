package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.outage.BattleNetOutageException;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.Fault;
import dev.guildsync.testing.character.InMemoryStoreFixture;
import dev.guildsync.testing.character.StoredCharacter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Battle.net-wide trouble on the simulator: 503 to everything, a 429 storm, the token endpoint
 * down, each ends the run early naming what happened and blames no character; once Battle.net
 * answers again, the next run's probe finds it and the run syncs everything. One character's own
 * timeouts or 5xx while the others are answered stay its own result, as before.
 */
class OutageIT {
  private static final int CHARACTERS = 40;
  private static final Duration TIMEOUT = Duration.ofSeconds(1);

  private BattleNetSimulator sim;
  private BattleNetClient client;
  private final InMemoryStoreFixture fixture = new InMemoryStoreFixture();
  private final List<CharacterKey> keys = new ArrayList<>();

  @BeforeEach
  void start() {
    sim = BattleNetSimulator.start();
    for (int i = 0; i < CHARACTERS; i++) {
      sim.putCharacter(
          Region.EU,
          CharacterProfile.newBuilder()
              .id(BnetCharacterId.of(5000 + i))
              .name("Steady" + i)
              .realmSlug("argent-dawn")
              .level(80)
              .build(),
          Instant.parse("2026-11-20T10:00:00Z"));
      keys.add(fixture.addCharacter(TestClients.eu("argent-dawn", "Steady" + i)));
    }
    client = TestClients.forSimulator(sim).requestTimeout(TIMEOUT).build();
    // The token first, so that each test's outage is the only trouble its requests meet.
    client.fetchProfile(TestClients.eu("argent-dawn", "Steady0"), Optional.empty());
    sim.resetStats();
  }

  @AfterEach
  void stop() {
    client.close();
    sim.close();
  }

  private CharacterSyncService sync() {
    return CharacterSyncService.newBuilder()
        .guildLookup(fixture.guildLookup())
        .characterStore(fixture.store())
        .profileSource(client)
        .settings(
            CharacterSyncSettings.newBuilder()
                .batchSize(10)
                .concurrency(4)
                .staleAfter(Duration.ZERO)
                .build())
        .build();
  }

  private BattleNetOutageException outage() {
    return catchThrowableOfType(BattleNetOutageException.class, sync()::run);
  }

  @Test
  @Timeout(60)
  void maintenanceEndsTheRunAndTheNextRunAfterItSyncsEverything() throws Exception {
    sim.outage().answerEveryRequest(503);

    BattleNetOutageException outage = outage();

    assertThat(outage)
        .hasMessageStartingWith("Battle.net is not answering: ")
        .hasMessageContaining("requests got HTTP 503 in a row (127.0.0.1:");
    assertThat(sim.stats().apiRequests())
        .as("a handful of attempts, not 40 characters x 4")
        .isBetween(8L, 8L + 4);
    assertNoCharacterBlamed();

    sim.outage().end();
    Thread.sleep(TIMEOUT.toMillis() + 100); // one probe per request timeout
    CharacterSyncReport report = sync().run();

    assertThat(report.updated()).isEqualTo(CHARACTERS);
    assertThat(report.failed()).isZero();
  }

  @Test
  @Timeout(60)
  void aThrottlingStormIsNamedAndBlamesNoCharacter() {
    sim.outage().answerEveryRequest(429);

    assertThat(outage())
        .hasMessageStartingWith("Battle.net is throttling every request: ")
        .hasMessageContaining("requests got HTTP 429 in a row");
    assertNoCharacterBlamed();
  }

  @Test
  @Timeout(60)
  void aTokenEndpointThatFailsWhenANewTokenIsNeededIsNamed() {
    sim.outage().failTokenEndpoint(503);
    sim.revokeTokens();

    assertThat(outage())
        .hasMessageStartingWith("Battle.net is not answering: ")
        .hasMessageContaining("requests got no access token in a row (127.0.0.1:")
        .hasMessageContaining("token endpoint answered HTTP 503");
    assertNoCharacterBlamed();
  }

  @Test
  @Timeout(60)
  void oneCharactersOwnTimeoutsAndErrorsStayItsOwnWhileTheOthersAreAnswered() {
    client.close();
    // Time enough for the others to answer on a busy machine; one retry keeps the test short.
    client =
        TestClients.forSimulator(sim).requestTimeout(Duration.ofSeconds(2)).maxRetries(1).build();
    sim.fault(Region.EU, "argent-dawn", "Steady3", Fault.delay(Duration.ofSeconds(5)));
    sim.fault(Region.EU, "argent-dawn", "Steady7", Fault.serverErrors(100, 503));

    CharacterSyncReport report = sync().run();

    assertThat(report.updated()).isEqualTo(CHARACTERS - 2);
    assertThat(report.failed()).isEqualTo(2);
    assertThat(fixture.read(keys.get(3)).lastError())
        .hasValueSatisfying(e -> assertThat(e).contains("timed out"));
    assertThat(fixture.read(keys.get(7)).lastError())
        .hasValueSatisfying(e -> assertThat(e).contains("HTTP 503"));
    assertThat(fixture.read(keys.get(7)).nextAttemptAt()).as("backed off on its own").isPresent();
  }

  private void assertNoCharacterBlamed() {
    for (CharacterKey key : keys) {
      StoredCharacter row = fixture.read(key);
      assertThat(row.failureCount()).isZero();
      assertThat(row.nextAttemptAt()).isEmpty();
    }
    Instant now = Instant.now();
    Claimed<DueCharacter> due =
        fixture
            .store()
            .claimDueCharacters(CharacterSyncSettings.defaults().dueQuery(now, now, 100));
    assertThat(due.items()).as("released at once").hasSize(CHARACTERS);
    fixture.store().release(due.lease());
  }
}
