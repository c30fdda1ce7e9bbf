package dev.guildsync.core.guild;

import java.util.List;
import java.util.Map;

/**
 * The English names of retail playable classes and races by Battle.net id, for characters created
 * from a roster (rosters carry ids only). New ids appear with expansions: an unknown id gets an
 * empty name and never fails a sync; the id itself is kept beside the name. Stateless and
 * thread-safe.
 */
public final class PlayableNames {
  /** Class names by id: the ids run from 1 to 13 without a gap; index 0 is no class. */
  private static final List<String> CLASSES =
      List.of(
          "",
          "Warrior",
          "Paladin",
          "Hunter",
          "Rogue",
          "Priest",
          "Death Knight",
          "Shaman",
          "Mage",
          "Warlock",
          "Monk",
          "Druid",
          "Demon Hunter",
          "Evoker");

  /** Race names by id: the ids have gaps, and some races have one id per faction. */
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
    return classId > 0 && classId < CLASSES.size() ? CLASSES.get(classId) : "";
  }

  /**
   * The id of the class with this English name, e.g. 6 for {@code Death Knight}: the reverse of
   * {@link #className(int)}.
   *
   * @return the id; 0 for a name that is no class (never throws)
   */
  public static int classId(String className) {
    int id = CLASSES.indexOf(className);
    return id > 0 ? id : 0;
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
