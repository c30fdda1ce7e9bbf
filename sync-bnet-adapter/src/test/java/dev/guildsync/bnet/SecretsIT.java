package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.CredentialsRejectedException;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.Fault;
import dev.guildsync.simulator.SimulatorFixtures;
import dev.guildsync.simulator.SimulatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The client secret and access tokens appear in no log line, message or toString. */
class SecretsIT {
  private static final String SECRET = "Sup3r-Secret-Client-Value-42";

  @Test
  void noSecretOrTokenIsEverLoggedOrShown() {
    List<String> texts = new ArrayList<>();
    int linesBefore = CapturingLoggerFinder.lines().size();
    try (var sim =
        BattleNetSimulator.start(SimulatorOptions.defaults().withCredentials("cid", SECRET))) {
      sim.putRawCharacter(
          Region.EU,
          "argent-dawn",
          "Ærøn",
          SimulatorFixtures.read(SimulatorFixtures.GUILDED),
          Instant.now());
      var builder = TestClients.forSimulator(sim).maxRetries(1);
      texts.add(builder.toString());
      try (var client = builder.build()) {
        texts.add(client.toString());
        var ref = TestClients.eu("argent-dawn", "Ærøn");
        assertThat(client.fetchProfile(ref, Optional.empty()))
            .isInstanceOf(FetchResult.Found.class);
        sim.revokeTokens(); // 401, refresh, repeat
        assertThat(client.fetchProfile(ref, Optional.empty()))
            .isInstanceOf(FetchResult.Found.class);
        sim.fault(Region.EU, "argent-dawn", "Ærøn", Fault.serverErrors(5, 500));
        texts.add(client.fetchProfile(ref, Optional.empty()).toString());
        sim.fault(Region.EU, "argent-dawn", "Ærøn", Fault.malformedJson());
        texts.add(client.fetchProfile(ref, Optional.empty()).toString());
        texts.add(client.checkStatus(ref).toString());
      }
      try (var impatient =
          TestClients.forSimulator(sim)
              .requestTimeout(Duration.ofMillis(200))
              .maxRetries(0)
              .build()) {
        sim.fault(Region.EU, "argent-dawn", "Ærøn", Fault.delay(Duration.ofMillis(800)));
        texts.add(
            impatient
                .fetchProfile(TestClients.eu("argent-dawn", "Ærøn"), Optional.empty())
                .toString());
      }
      try (var rejected = TestClients.forSimulator(sim).clientSecret(SECRET + "-wrong").build()) {
        assertThatThrownBy(
                () ->
                    rejected.fetchProfile(TestClients.eu("argent-dawn", "Ærøn"), Optional.empty()))
            .isInstanceOf(CredentialsRejectedException.class)
            .satisfies(e -> texts.add(String.valueOf(e)));
      }
      List<String> logged = CapturingLoggerFinder.lines();
      texts.addAll(logged.subList(linesBefore, logged.size()));
      // The scenario did produce log lines (token fetch, 401 refresh, retries, rejection).
      assertThat(logged.subList(linesBefore, logged.size()))
          .anyMatch(l -> l.contains("401"))
          .anyMatch(l -> l.contains("access token"))
          .anyMatch(l -> l.contains("rejected"));
      assertThat(sim.issuedTokens()).hasSizeGreaterThanOrEqualTo(2);
      for (String text : texts) {
        assertThat(text).doesNotContain(SECRET);
        for (String token : sim.issuedTokens()) {
          assertThat(text).doesNotContain(token);
        }
      }
    }
  }
}
