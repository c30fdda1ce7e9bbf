package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.bnet.RecordingServer.Answer;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import dev.guildsync.core.detail.Raids;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The detail endpoints over a real loopback server: paths, headers, answers and bad bodies. */
class DetailRequestIT {
  private static final CharacterRef AERON = new CharacterRef(Region.EU, "argent-dawn", "Ærøn");
  private static final String LM = "Tue, 24 Nov 2026 09:00:00 GMT";
  private final RecordingServer server = new RecordingServer(r -> Answer.of(404, ""));

  @AfterEach
  void stop() {
    server.close();
  }

  private FetchResult<DetailData> fetch(CharacterDetail detail, Optional<String> since) {
    try (var client = server.client().maxRetries(0).build()) {
      return client.fetchDetail(AERON, detail, since);
    }
  }

  @Test
  void eachDetailHasItsPathInTheProfileNamespace() {
    server.answer(r -> new Answer(200, "{\"toys\":[]}", Map.of("Last-Modified", LM)));
    for (CharacterDetail detail : CharacterDetail.values()) {
      fetch(detail, Optional.empty());
    }
    assertThat(server.apiRequests())
        .extracting(RecordingServer.Received::rawPath)
        .containsExactly(
            "/profile/wow/character/argent-dawn/%C3%A6r%C3%B8n/equipment",
            "/profile/wow/character/argent-dawn/%C3%A6r%C3%B8n/mythic-keystone-profile",
            "/profile/wow/character/argent-dawn/%C3%A6r%C3%B8n/professions",
            "/profile/wow/character/argent-dawn/%C3%A6r%C3%B8n/encounters/raids",
            "/profile/wow/character/argent-dawn/%C3%A6r%C3%B8n/collections/toys");
    assertThat(server.apiRequests())
        .allSatisfy(
            r -> {
              assertThat(r.header("Battlenet-Namespace")).isEqualTo("profile-eu");
              assertThat(r.header("If-Modified-Since")).isNull();
            });
  }

  @Test
  void aFoundDetailCarriesItsLastModifiedAndAConditionalOneCanBeNotModified() {
    server.answer(
        r ->
            r.header("If-Modified-Since") != null
                ? Answer.of(304, "")
                : new Answer(200, DetailBodiesForTests.RAIDS, Map.of("Last-Modified", LM)));

    FetchResult<DetailData> first = fetch(CharacterDetail.RAIDS, Optional.empty());
    FetchResult<DetailData> second = fetch(CharacterDetail.RAIDS, Optional.of(LM));

    assertThat(first).isInstanceOf(FetchResult.Found.class);
    var found = (FetchResult.Found<DetailData>) first;
    assertThat(found.lastModified()).contains(LM);
    assertThat(((Raids) found.value()).instances()).hasSize(1);
    assertThat(second).isInstanceOf(FetchResult.NotModified.class);
    assertThat(server.apiRequests().get(1).header("If-Modified-Since")).isEqualTo(LM);
  }

  @Test
  void aNotFoundDetailIsNotFound() {
    assertThat(fetch(CharacterDetail.TOYS, Optional.empty()))
        .isEqualTo(FetchResult.notFound("HTTP 404"));
  }

  @Test
  void htmlATenMegabyteBodyAndAWrongShapeAreFailuresWithAReason() {
    server.answer(r -> Answer.of(200, "<!DOCTYPE html><html><body>Maintenance</body></html>"));
    assertThat(fetch(CharacterDetail.EQUIPMENT, Optional.empty()))
        .isInstanceOfSatisfying(
            FetchResult.Failed.class, f -> assertThat(f.reason()).contains("malformed JSON"));

    String tenMegabytes = "{\"expansions\":[],\"pad\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
    server.answer(r -> Answer.of(200, tenMegabytes));
    assertThat(fetch(CharacterDetail.RAIDS, Optional.empty()))
        .isInstanceOfSatisfying(
            FetchResult.Failed.class,
            f -> assertThat(f.reason()).contains("raids body is over 4 MiB"));

    server.answer(r -> Answer.of(200, DetailBodiesForTests.manyItems(400)));
    assertThat(fetch(CharacterDetail.EQUIPMENT, Optional.empty()))
        .isInstanceOfSatisfying(
            FetchResult.Failed.class, f -> assertThat(f.reason()).contains("400"));
  }

  @Test
  void aRaidsBodyTenTimesTodaysSizeIsRead() {
    String padded =
        DetailBodiesForTests.RAIDS.replaceFirst(
            "\\{", "{\"pad\":\"" + "x".repeat(1_650_000) + "\",");
    server.answer(r -> Answer.of(200, padded));
    assertThat(fetch(CharacterDetail.RAIDS, Optional.empty()))
        .isInstanceOf(FetchResult.Found.class);
  }
}
