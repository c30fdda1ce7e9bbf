package dev.guildsync.simulator;

import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import dev.guildsync.core.detail.Equipment;
import dev.guildsync.core.detail.MythicPlus;
import dev.guildsync.core.detail.Professions;
import dev.guildsync.core.detail.Raids;
import dev.guildsync.core.detail.Toys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * Made-up details for a simulated character, the same every time for the same profile, and what a
 * login changes in them (new gear, a new rating, a new kill).
 */
final class SimulatedDetailData {
  private static final List<String> SLOTS =
      List.of(
          "HEAD",
          "NECK",
          "SHOULDER",
          "BACK",
          "CHEST",
          "WRIST",
          "HANDS",
          "WAIST",
          "LEGS",
          "FEET",
          "FINGER_1",
          "FINGER_2",
          "TRINKET_1",
          "TRINKET_2",
          "MAIN_HAND",
          "OFF_HAND");
  private static final Set<String> ENCHANTED =
      Set.of("BACK", "CHEST", "WRIST", "LEGS", "FEET", "FINGER_1", "FINGER_2", "MAIN_HAND");
  private static final List<String> CRAFTS =
      List.of(
          "Blacksmithing", "Tailoring", "Jewelcrafting", "Enchanting", "Alchemy", "Inscription");
  private static final Instant SEASON_START = Instant.parse("2026-11-17T15:00:00Z");

  private SimulatedDetailData() {}

  static Map<CharacterDetail, DetailData> madeUp(CharacterProfile p) {
    long id = p.id().value();
    Instant login = p.lastLogin().orElse(SEASON_START);
    int level = p.equippedItemLevel().orElse(470 + (int) (id % 20));
    Map<CharacterDetail, DetailData> made = new EnumMap<>(CharacterDetail.class);
    List<Equipment.Item> items = new ArrayList<>();
    for (int i = 0; i < SLOTS.size(); i++) {
      String slot = SLOTS.get(i);
      // A third of the characters forgot the wrist enchant.
      boolean enchanted = ENCHANTED.contains(slot) && !(slot.equals("WRIST") && id % 3 == 0);
      items.add(item(slot, 200_000 + i, level, enchanted));
    }
    made.put(CharacterDetail.EQUIPMENT, new Equipment(Optional.of(p.id()), items));
    made.put(CharacterDetail.MYTHIC_PLUS, mythic(p, 1200 + (id * 37) % 1800, login));
    made.put(
        CharacterDetail.PROFESSIONS,
        new Professions(
            List.of(
                profession(164 + id % 6, CRAFTS.get((int) (id % 6)), 50 + (int) (id % 51)),
                profession(
                    164 + (id + 3) % 6, CRAFTS.get((int) ((id + 3) % 6)), 40 + (int) (id % 61))),
            List.of(profession(185, "Cooking", 40))));
    made.put(CharacterDetail.RAIDS, raids(p, (int) (id % 8), login));
    made.put(
        CharacterDetail.TOYS,
        new Toys(LongStream.rangeClosed(1, 10 + id % 40).map(t -> 1000 + t).boxed().toList()));
    return made;
  }

  private static Equipment.Item item(String slot, long id, int level, boolean enchanted) {
    return new Equipment.Item(
        slot,
        id,
        Optional.of("Simulated " + slot.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')),
        level,
        "EPIC",
        List.of(10_000 + level),
        enchanted ? List.of(7000 + slot.length()) : List.of(),
        List.of(),
        Optional.of("Hero " + (1 + level % 6) + "/6"));
  }

  private static MythicPlus mythic(CharacterProfile p, double rating, Instant lastRun) {
    return new MythicPlus(
        Optional.of(p.id()),
        OptionalDouble.of(rating),
        Optional.of(colour(rating)),
        OptionalLong.of(1001),
        List.of(
            new MythicPlus.Run(
                501,
                Optional.of("The Simulated Vault"),
                10,
                Duration.ofMinutes(30),
                true,
                lastRun)),
        List.of(14));
  }

  /** Rating colours in the game's bands: grey, green, blue, purple, orange. */
  private static String colour(double rating) {
    if (rating >= 2500) {
      return MythicPlus.hexColor(255, 128, 0);
    }
    if (rating >= 2000) {
      return MythicPlus.hexColor(163, 53, 238);
    }
    if (rating >= 1500) {
      return MythicPlus.hexColor(0, 112, 221);
    }
    return rating >= 1000 ? MythicPlus.hexColor(30, 255, 0) : MythicPlus.hexColor(157, 157, 157);
  }

  private static Professions.Profession profession(long id, String name, int skill) {
    return new Professions.Profession(
        id,
        Optional.of(name),
        List.of(new Professions.Tier(id * 10, Optional.of("Khaz Algar " + name), skill, 100)),
        OptionalInt.empty(),
        OptionalInt.empty());
  }

  private static Raids raids(CharacterProfile p, int heroicKills, Instant lastKill) {
    List<Raids.Encounter> kills = new ArrayList<>();
    for (int i = 1; i <= heroicKills; i++) {
      kills.add(new Raids.Encounter(3000 + i, Optional.of("Boss " + i), 1, Optional.of(lastKill)));
    }
    return new Raids(
        Optional.of(p.id()),
        Optional.of("The Simulated Expansion"),
        List.of(
            new Raids.Instance(
                1301,
                Optional.of("Hall of Simulation"),
                List.of(
                    new Raids.Mode("NORMAL", 8, 8, List.of()),
                    new Raids.Mode("HEROIC", heroicKills, 8, kills)))));
  }

  /** What a login at {@code at} changes in {@code d}. */
  static DetailData afterLogin(DetailData d, Instant at) {
    if (d instanceof Equipment e) {
      return new Equipment(
          e.character(),
          e.items().stream()
              .map(
                  i ->
                      new Equipment.Item(
                          i.slot(),
                          i.itemId(),
                          i.name(),
                          Math.min(Equipment.MAX_ITEM_LEVEL, i.level() + 3),
                          i.quality(),
                          i.bonusList(),
                          i.enchantIds(),
                          i.gemIds(),
                          i.upgradeTrack()))
              .toList());
    }
    if (d instanceof MythicPlus m) {
      double rating = Math.min(MythicPlus.MAX_RATING, m.rating().orElse(0) + 25);
      List<MythicPlus.Run> runs = new ArrayList<>(m.bestRuns());
      runs.add(
          new MythicPlus.Run(
              502, Optional.of("The Simulated Spire"), 11, Duration.ofMinutes(29), true, at));
      return new MythicPlus(
          m.character(),
          OptionalDouble.of(rating),
          Optional.of(colour(rating)),
          m.periodId(),
          runs.subList(Math.max(0, runs.size() - 8), runs.size()),
          m.seasons());
    }
    if (d instanceof Raids r) {
      Raids.Instance first = r.instances().get(0);
      List<Raids.Mode> modes = new ArrayList<>();
      for (Raids.Mode mode : first.modes()) {
        if (mode.difficulty().equals("HEROIC") && mode.completed() < mode.total()) {
          List<Raids.Encounter> kills = new ArrayList<>(mode.encounters());
          int next = mode.completed() + 1;
          kills.add(
              new Raids.Encounter(3000 + next, Optional.of("Boss " + next), 1, Optional.of(at)));
          modes.add(new Raids.Mode("HEROIC", next, mode.total(), kills));
        } else {
          modes.add(mode);
        }
      }
      List<Raids.Instance> instances = new ArrayList<>(r.instances());
      instances.set(0, new Raids.Instance(first.id(), first.name(), modes));
      return new Raids(r.character(), r.expansion(), instances);
    }
    return d;
  }
}
