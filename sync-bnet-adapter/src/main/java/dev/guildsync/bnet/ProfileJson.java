package dev.guildsync.bnet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The parts of Battle.net's JSON the client reads. Every record ignores unknown fields (Blizzard
 * adds fields) and uses boxed types so a missing value is seen as missing, never as zero.
 */
final class ProfileJson {
  private ProfileJson() {}

  /** A mapper for Battle.net's snake_case JSON that rejects trailing garbage. */
  static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Profile(
      Long id,
      String name,
      Integer level,
      Long achievementPoints,
      TypeRef faction,
      Named race,
      Named characterClass,
      Named activeSpec,
      Realm realm,
      Guild guild,
      Long lastLoginTimestamp,
      Integer averageItemLevel,
      Integer equippedItemLevel) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Named(Long id, String name) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record TypeRef(String type, String name) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Realm(Long id, String name, String slug) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Guild(Long id, String name, Realm realm) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Status(Long id, Boolean isValid) {}
}
