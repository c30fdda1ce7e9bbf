package dev.guildsync.bnet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The parts of a guild roster's JSON the client reads ({@code /data/wow/guild/{realm}/{guild}/
 * roster}). Like {@link ProfileJson}: unknown fields are ignored, and boxed types let a missing
 * value be seen as missing. Ids are {@code Integer} where the core keeps an {@code int}, so an
 * absurd number fails as out of range instead of being cut.
 */
final class RosterJson {
  private RosterJson() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Roster(Guild guild, List<Member> members) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Guild(Long id, String name, ProfileJson.Realm realm, ProfileJson.TypeRef faction) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Member(Character character, Integer rank) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Character(
      Long id,
      String name,
      ProfileJson.Realm realm,
      Integer level,
      Playable playableClass,
      Playable playableRace) {}

  /** A playable class or race: the roster gives the id only, never the name. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Playable(Integer id) {}
}
