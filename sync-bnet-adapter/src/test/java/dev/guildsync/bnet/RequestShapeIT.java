package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.bnet.RecordingServer.Answer;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterStatus;
import dev.guildsync.simulator.SimulatorFixtures;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What goes over the wire, as a purpose-built loopback server received it. */
class RequestShapeIT {
  private final RecordingServer server =
      new RecordingServer(
          r ->
              new Answer(
                  200,
                  SimulatorFixtures.read(SimulatorFixtures.GUILDED),
                  Map.of("Last-Modified", "Thu, 20 Nov 2025 10:00:00 GMT")));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void profileRequestCarriesBearerNamespaceAndLocaleAndNoTokenInTheUrl() {
    try (var client = server.client().build()) {
      var result =
          client.fetchProfile(new CharacterRef(Region.EU, "argent-dawn", "Ærøn"), Optional.empty());

      assertThat(result).isInstanceOf(FetchResult.Found.class);
      assertThat(((FetchResult.Found<CharacterProfile>) result).lastModified())
          .contains("Thu, 20 Nov 2025 10:00:00 GMT");
      var received = server.apiRequests();
      assertThat(received).hasSize(1);
      var request = received.get(0);
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.rawPath()).isEqualTo("/profile/wow/character/argent-dawn/%C3%A6r%C3%B8n");
      assertThat(request.rawQuery()).isEqualTo("locale=en_GB");
      assertThat(request.header("Authorization")).isEqualTo("Bearer " + RecordingServer.TOKEN);
      assertThat(request.header("Battlenet-Namespace")).isEqualTo("profile-eu");
      assertThat(request.header("If-Modified-Since")).isNull();
      assertThat(request.rawPath() + "?" + request.rawQuery())
          .doesNotContain(RecordingServer.TOKEN);
    }
  }

  @Test
  void tokenRequestIsAPostWithBasicAuthAndClientCredentialsGrant() {
    try (var client = server.client().build()) {
      client.fetchProfile(new CharacterRef(Region.US, "area-52", "Keniön"), Optional.empty());
      var token = server.tokenRequests();
      assertThat(token).hasSize(1);
      assertThat(token.get(0).method()).isEqualTo("POST");
      assertThat(token.get(0).rawQuery()).isNull();
      assertThat(token.get(0).header("Authorization"))
          .isEqualTo(
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString(
                          "rec-client:rec-secret-XYZ".getBytes(StandardCharsets.UTF_8)));
      assertThat(token.get(0).header("Content-Type"))
          .isEqualTo("application/x-www-form-urlencoded");
    }
  }

  @Test
  void eachRegionGetsItsNamespaceAndDefaultLocale() {
    try (var client = server.client().locale(Region.EU, "de_DE").build()) {
      client.fetchProfile(new CharacterRef(Region.US, "area-52", "Keniön"), Optional.empty());
      client.fetchProfile(
          new CharacterRef(Region.EU, "twisting-nether", "Иванка"), Optional.empty());
      client.fetchProfile(new CharacterRef(Region.KR, "azshara", "Name"), Optional.empty());
      List<RecordingServer.Received> received = server.apiRequests();
      assertThat(received)
          .extracting(r -> r.header("Battlenet-Namespace"))
          .containsExactly("profile-us", "profile-eu", "profile-kr");
      assertThat(received)
          .extracting(RecordingServer.Received::rawQuery)
          .containsExactly("locale=en_US", "locale=de_DE", "locale=ko_KR");
      assertThat(received)
          .extracting(RecordingServer.Received::rawPath)
          .containsExactly(
              "/profile/wow/character/area-52/keni%C3%B6n",
              "/profile/wow/character/twisting-nether/%D0%B8%D0%B2%D0%B0%D0%BD%D0%BA%D0%B0",
              "/profile/wow/character/azshara/name");
    }
  }

  @Test
  void charactersThatAreLegalInNamesStayInsideOneSegment() {
    try (var client = server.client().build()) {
      client.fetchProfile(
          new CharacterRef(Region.EU, "aggra-portugues", "a b&c=d;e"), Optional.empty());
      assertThat(server.apiRequests().get(0).rawPath())
          .isEqualTo("/profile/wow/character/aggra-portugues/a%20b%26c%3Dd%3Be");
      assertThat(server.apiRequests().get(0).rawQuery()).isEqualTo("locale=en_GB");
    }
  }

  @Test
  void unsafeNamesNeverReachTheNetwork() {
    try (var client = server.client().build()) {
      for (String name :
          new String[] {
            "../admin", "a/b", "a?b", "a#b", "a%2Fb", "a\\b", "a\nb", "", "x".repeat(65)
          }) {
        assertThatThrownBy(
                () ->
                    client.fetchProfile(
                        new CharacterRef(Region.EU, "argent-dawn", name), Optional.empty()))
            .as(name)
            .isInstanceOf(IllegalArgumentException.class);
      }
      assertThatThrownBy(
              () ->
                  client.fetchProfile(new CharacterRef(Region.EU, "..", "name"), Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.apiRequests()).isEmpty();
    assertThat(server.tokenRequests()).isEmpty();
  }

  @Test
  void ifModifiedSinceIsSentAndA304IsNotModified() {
    server.answer(r -> Answer.of(304, ""));
    try (var client = server.client().build()) {
      var result =
          client.fetchProfile(
              new CharacterRef(Region.EU, "argent-dawn", "Ærøn"),
              Optional.of("Thu, 20 Nov 2025 10:00:00 GMT"));
      assertThat(result).isEqualTo(FetchResult.notModified());
      assertThat(server.apiRequests().get(0).header("If-Modified-Since"))
          .isEqualTo("Thu, 20 Nov 2025 10:00:00 GMT");
    }
  }

  @Test
  void statusEndpointIsTyped() {
    server.answer(r -> Answer.of(200, "{\"id\":201337420,\"is_valid\":true}"));
    try (var client = server.client().build()) {
      var status = client.checkStatus(new CharacterRef(Region.EU, "argent-dawn", "Ærøn"));
      assertThat(status)
          .isEqualTo(
              found(new CharacterStatus(dev.guildsync.core.BnetCharacterId.of(201337420), true)));
      assertThat(server.apiRequests().get(0).rawPath())
          .isEqualTo("/profile/wow/character/argent-dawn/%C3%A6r%C3%B8n/status");
      assertThat(server.apiRequests().get(0).header("Battlenet-Namespace")).isEqualTo("profile-eu");
    }
  }

  private static FetchResult<CharacterStatus> found(CharacterStatus status) {
    return new FetchResult.Found<>(status, Optional.empty());
  }
}
