package dev.guildsync.bnet;

import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The character detail endpoints: one {@link Endpoint} per detail on the one fetch path ({@link
 * ApiGet#get}: conditional requests, retries, the token, the rate limiter and the request count
 * every endpoint shares), each with its path and a body limit sized for it. Thread-safe.
 */
final class DetailFetcher {
  private static final int MIB = 1024 * 1024;

  /** A detail's path after the character's, and the largest body read for it. */
  private record Route(String suffix, Endpoint<DetailData> endpoint) {}

  private final ClientResources client;
  private final Map<CharacterDetail, Route> routes = new EnumMap<>(CharacterDetail.class);

  DetailFetcher(ClientResources client) {
    this.client = client;
    var mapper = new DetailMapper(client.json());
    // Real bodies: equipment 42-87 KB, professions 96 KB (mostly known recipes), Mythic+ a few KB.
    route(CharacterDetail.EQUIPMENT, "/equipment", MIB, mapper::equipment);
    route(CharacterDetail.MYTHIC_PLUS, "/mythic-keystone-profile", MIB, mapper::mythicPlus);
    route(CharacterDetail.PROFESSIONS, "/professions", 2 * MIB, mapper::professions);
    // 125-165 KB today, every expansion ever in one body: it grows with each one.
    route(CharacterDetail.RAIDS, "/encounters/raids", 4 * MIB, mapper::raids);
    // About a thousand toys of some 150 bytes each, with their names and links.
    route(CharacterDetail.TOYS, "/collections/toys", 2 * MIB, mapper::toys);
  }

  private void route(
      CharacterDetail detail,
      String suffix,
      int maxBytes,
      Endpoint.BodyMapper<? extends DetailData> mapper) {
    routes.put(
        detail,
        new Route(suffix, new Endpoint<DetailData>(detail.wireName(), maxBytes, mapper::map)));
  }

  FetchResult<DetailData> fetchDetail(
      CharacterRef character, CharacterDetail detail, Optional<String> lastModified) {
    Objects.requireNonNull(character, "character");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(lastModified, "lastModified");
    Route route = routes.get(detail);
    String path = PathSegments.characterPath(character) + route.suffix();
    return client.api().get(route.endpoint(), character.region(), path, lastModified, character);
  }
}
