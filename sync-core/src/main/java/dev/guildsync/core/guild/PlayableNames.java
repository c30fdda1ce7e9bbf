package dev.guildsync.core.guild;

import java.util.Map;

/**
 * The English names of retail playable classes and races by Battle.net id, for characters created
 * from a roster (rosters carry ids only). New ids appear with expansions: an unknown id gets an
 * empty name and never fails a sync; the id itself is kept beside the name. Stateless and
 * thread-safe.
 */
public final class PlayableNames {
  private static final Map<Integer, String> CLASSES =
      Map.ofEntries(
          Map.entry(1, "Warrior"),
          Map.entry(2, "Paladin"),
          Map.entry(3, "Hunter"),
          Map.entry(4, "Rogue"),
          Map.entry(5, "Priest"),
          Map.entry(6, "Death Knight"),
          Map.entry(7, "Shaman"),
          Map.entry(8, "Mage"),
          Map.entry(9, "Warlock"),
          Map.entry(10, "Monk"),
          Map.entry(11, "Druid"),
          Map.entry(12, "Demon Hunter"),
          Map.entry(13, "Evoker"));

  private static final Map<Integer, String> RACES =
      Map.ofEntries(
          Map.entry(1, "Human"),
          Map.entry(2, "Orc"),
          Map.entry(3, "Dwarf"),
          Map.entry(4, "Night Elf"),
          Map.entry(5, "Undead"),
          Map.entry(6, "Tauren"),
          Map.entry(7, "Gnome"),
          Map.entry(8, "Troll"),
          Map.entry(9, "Goblin"),
          Map.entry(10, "Blood Elf"),
          Map.entry(11, "Draenei"),
          Map.entry(22, "Worgen"),
          Map.entry(24, "Pandaren"),
          Map.entry(25, "Pandaren"),
          Map.entry(26, "Pandaren"),
          Map.entry(27, "Nightborne"),
          Map.entry(28, "Highmountain Tauren"),
          Map.entry(29, "Void Elf"),
          Map.entry(30, "Lightforged Draenei"),
          Map.entry(31, "Zandalari Troll"),
          Map.entry(32, "Kul Tiran"),
          Map.entry(34, "Dark Iron Dwarf"),
          Map.entry(35, "Vulpera"),
          Map.entry(36, "Mag'har Orc"),
          Map.entry(37, "Mechagnome"),
          Map.entry(52, "Dracthyr"),
          Map.entry(70, "Dracthyr"),
          Map.entry(84, "Earthen"),
          Map.entry(85, "Earthen"));

  private PlayableNames() {}

  /**
   * The class's name, e.g. {@code Death Knight} for 6.
   *
   * @return the name; an empty string for an unknown id (never null, never throws)
   */
  public static String className(int classId) {
    return CLASSES.getOrDefault(classId, "");
  }

  /**
   * The race's name, e.g. {@code Void Elf} for 29.
   *
   * @return the name; an empty string for an unknown id (never null, never throws)
   */
  public static String raceName(int raceId) {
    return RACES.getOrDefault(raceId, "");
  }
}
