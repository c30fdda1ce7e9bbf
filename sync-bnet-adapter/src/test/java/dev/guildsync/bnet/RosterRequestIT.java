package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.bnet.RecordingServer.Answer;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSlug;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The roster request on the wire, and every answer as a result, against a recording server. */
class RosterRequestIT {
  private static final String MODIFIED = "Thu, 20 Nov 2025 10:00:00 GMT";
  private static final GuildRef LONG_WATCH =
      new GuildRef(Region.EU, "argent-dawn", "the-long-watch");

  private final RecordingServer server =
      new RecordingServer(
          r ->
              new Answer(
                  200, RosterMapperTest.fixture("roster.json"), Map.of("Last-Modified", MODIFIED)));

  @AfterEach
  void stop() {
    server.close();
  }

  private FetchResult<GuildRoster> fetch(GuildRef guild, Optional<String> lastModified) {
    try (var client = server.client().maxRetries(1).build()) {
      return client.fetchRoster(guild, lastModified);
    }
  }

  @Test
  void rosterRequestCarriesPathNamespaceLocaleAndBearerOnly() {
    FetchResult<GuildRoster> result = fetch(LONG_WATCH, Optional.empty());

    assertThat(result).isInstanceOf(FetchResult.Found.class);
    var found = (FetchResult.Found<GuildRoster>) result;
    assertThat(found.lastModified()).contains(MODIFIED);
    assertThat(found.value().id()).isEqualTo(BnetGuildId.of(115248327));
    assertThat(found.value().members()).hasSize(8);
    var request = server.apiRequests().get(0);
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.rawPath()).isEqualTo("/data/wow/guild/argent-dawn/the-long-watch/roster");
    assertThat(request.rawQuery()).isEqualTo("locale=en_GB");
    assertThat(request.header("Battlenet-Namespace")).isEqualTo("profile-eu");
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + RecordingServer.TOKEN);
    assertThat(request.header("If-Modified-Since")).isNull();
    assertThat(request.rawPath() + "?" + request.rawQuery()).doesNotContain(RecordingServer.TOKEN);
  }

  @Test
  void eachRegionGetsItsProfileNamespaceAndLocale() {
    fetch(new GuildRef(Region.US, "area-52", "horde-heroes"), Optional.empty());
    fetch(new GuildRef(Region.KR, "azshara", "guild"), Optional.empty());
    assertThat(server.apiRequests())
        .extracting(r -> r.header("Battlenet-Namespace") + " " + r.rawQuery())
        .containsExactly("profile-us locale=en_US", "profile-kr locale=ko_KR");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "argent-dawn | The Long Watch | /data/wow/guild/argent-dawn/the-long-watch/roster",
        "argent-dawn | Ka'Pow | /data/wow/guild/argent-dawn/ka%27pow/roster",
        "aggra-português | Les Épées d'Argent"
            + " | /data/wow/guild/aggra-portugu%C3%AAs/les-%C3%A9p%C3%A9es-d%27argent/roster",
        "twisting-nether | Орден Света | /data/wow/guild/twisting-nether/"
            + "%D0%BE%D1%80%D0%B4%D0%B5%D0%BD-%D1%81%D0%B2%D0%B5%D1%82%D0%B0/roster",
        "azshara | 달빛 기사단 | /data/wow/guild/azshara/%EB%8B%AC%EB%B9%9B-%EA%B8%B0%EC%82%AC%EB%8B%A8/roster",
        "argent-dawn | İNDIGO | /data/wow/guild/argent-dawn/i%CC%87ndigo/roster"
      })
  void guildSlugsAreLowerCasedWithTheRootLocaleAndEncodedAsOneSegment(
      String realm, String name, String path) {
    fetch(new GuildRef(Region.EU, realm, GuildSlug.fromName(name)), Optional.empty());
    assertThat(server.apiRequests().get(0).rawPath()).isEqualTo(path);
  }

  @Test
  void aSlugGivenInUpperCaseIsSentLowerCased() {
    fetch(new GuildRef(Region.EU, "argent-dawn", "The-Long-Watch"), Optional.empty());
    assertThat(server.apiRequests().get(0).rawPath())
        .isEqualTo("/data/wow/guild/argent-dawn/the-long-watch/roster");
  }

  @Test
  void aKnownLastModifiedIsSentAndA304IsNotModified() {
    server.answer(r -> Answer.of(304, ""));
    assertThat(fetch(LONG_WATCH, Optional.of(MODIFIED))).isEqualTo(FetchResult.notModified());
    assertThat(server.apiRequests().get(0).header("If-Modified-Since")).isEqualTo(MODIFIED);
  }

  @Test
  void a304ToAnUnconditionalRequestIsAFailureNotNotModified() {
    server.answer(r -> Answer.of(304, ""));
    assertThat(fetch(LONG_WATCH, Optional.empty()))
        .isEqualTo(FetchResult.failed(false, "HTTP 304 to a request that was not conditional"));
  }

  @Test
  void notFoundAndForbiddenAreNotFound() {
    server.answer(
        r ->
            Answer.of(
                404, "{\"code\":404,\"type\":\"BLZWEBAPI00000404\",\"detail\":\"Not Found\"}"));
    assertThat(fetch(LONG_WATCH, Optional.empty())).isEqualTo(FetchResult.notFound("HTTP 404"));
    server.answer(r -> Answer.of(403, ""));
    assertThat(fetch(LONG_WATCH, Optional.empty())).isEqualTo(FetchResult.notFound("HTTP 403"));
  }

  @Test
  void serverErrorsAfterRetriesAreARetryableFailure() {
    server.answer(r -> Answer.of(500, "{\"code\":500}"));
    assertThat(fetch(LONG_WATCH, Optional.empty()))
        .isEqualTo(FetchResult.failed(true, "HTTP 500, retries exhausted"));
    assertThat(server.apiRequests()).hasSize(2);
  }

  @Test
  void malformedJsonIsAFailureThatRetryingWillNotFix() {
    server.answer(r -> Answer.of(200, "{\"guild\": {\"id\": 1, <html>"));
    var result = fetch(LONG_WATCH, Optional.empty());
    assertThat(result).isInstanceOf(FetchResult.Failed.class);
    assertThat(((FetchResult.Failed<GuildRoster>) result).retryable()).isFalse();
    assertThat(((FetchResult.Failed<GuildRoster>) result).reason()).startsWith("malformed JSON");
  }

  @Test
  void anEmptyMemberListIsFoundWithNoMembers() {
    server.answer(
        r ->
            Answer.of(
                200,
                RosterMapperTest.fixture("roster.json")
                    .replaceAll("(?s)\"members\": \\[.*?\\n \\]", "\"members\": []")));
    var result = fetch(LONG_WATCH, Optional.empty());
    assertThat(result).isInstanceOf(FetchResult.Found.class);
    assertThat(((FetchResult.Found<GuildRoster>) result).value().members()).isEmpty();
  }

  @Test
  void aRosterOverTheProfileLimitIsReadButOneOver4MibIsRefused() {
    String fixture = RosterMapperTest.fixture("roster.json");
    String padded =
        fixture.replaceFirst("\\{", "{\"padding\": \"" + "x".repeat(2 * 1024 * 1024) + "\",");
    server.answer(r -> Answer.of(200, padded));
    assertThat(fetch(LONG_WATCH, Optional.empty())).isInstanceOf(FetchResult.Found.class);

    String huge =
        fixture.replaceFirst("\\{", "{\"padding\": \"" + "x".repeat(4 * 1024 * 1024) + "\",");
    server.answer(r -> Answer.of(200, huge));
    assertThat(fetch(LONG_WATCH, Optional.empty()))
        .isEqualTo(FetchResult.failed(false, "roster body is over 4 MiB"));
  }
}
