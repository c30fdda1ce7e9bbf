package dev.guildsync.bnet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The parts of the character sub-resources' JSON the detail mappers read (equipment, Mythic+
 * profile, professions, raid encounters, toys). Like {@link ProfileJson}: unknown fields ignored,
 * boxed types so a missing value is missing, never zero; known recipes, azerite powers, stats and
 * links are not read at all.
 */
final class DetailBodies {
  private DetailBodies() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Ref(Long id, String name) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Type(String type) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Value(Integer value) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Display(String displayString) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Equipment(Ref character, List<Item> equippedItems) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Item(
      Ref item,
      Type slot,
      String name,
      Value level,
      Type quality,
      List<Integer> bonusList,
      List<Enchantment> enchantments,
      List<Socket> sockets,
      Display nameDescription) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Enchantment(Integer enchantmentId, Type enchantmentSlot) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Socket(Ref item) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record MythicProfile(
      Ref character, Period currentPeriod, List<Ref> seasons, Rating currentMythicRating) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Period(Ref period, List<Run> bestRuns) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Run(
      Long completedTimestamp,
      Long duration,
      Integer keystoneLevel,
      Ref dungeon,
      Boolean isCompletedWithinTime) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Rating(Double rating, Color color) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Color(Integer r, Integer g, Integer b) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Professions(List<Profession> primaries, List<Profession> secondaries) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Profession(
      Ref profession, List<Tier> tiers, Integer skillPoints, Integer maxSkillPoints) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Tier(Ref tier, Integer skillPoints, Integer maxSkillPoints) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Raids(Ref character, List<Expansion> expansions) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Expansion(Ref expansion, List<Instance> instances) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Instance(Ref instance, List<Mode> modes) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Mode(Type difficulty, Progress progress) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Progress(Integer completedCount, Integer totalCount, List<Encounter> encounters) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Encounter(Ref encounter, Integer completedCount, Long lastKillTimestamp) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Toys(List<Toy> toys) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Toy(Ref toy) {}
}
