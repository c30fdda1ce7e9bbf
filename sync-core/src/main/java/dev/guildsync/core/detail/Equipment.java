package dev.guildsync.core.detail;

import static dev.guildsync.core.detail.DetailChecks.atMost;
import static dev.guildsync.core.detail.DetailChecks.inRange;
import static dev.guildsync.core.detail.DetailChecks.optionalText;
import static dev.guildsync.core.detail.DetailChecks.positive;
import static dev.guildsync.core.detail.DetailChecks.text;

import dev.guildsync.core.BnetCharacterId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A character's equipped gear, slot by slot. Immutable.
 *
 * @param character the character the body names (D4); empty when it names none
 * @param items the equipped items, at most {@value #MAX_ITEMS} (a character has 19 slots)
 */
public record Equipment(Optional<BnetCharacterId> character, List<Item> items)
    implements DetailData {
  /** The most items a projection holds; a body with more is not a character's gear. */
  public static final int MAX_ITEMS = 40;

  /** The highest item level accepted; far above any the game has had. */
  public static final int MAX_ITEM_LEVEL = 10_000;

  /**
   * @throws IllegalArgumentException when there are more than {@value #MAX_ITEMS} items
   */
  public Equipment {
    Objects.requireNonNull(character, "character");
    items = atMost(items, MAX_ITEMS, "equipped items");
  }

  @Override
  public CharacterDetail detail() {
    return CharacterDetail.EQUIPMENT;
  }

  /**
   * The mean item level of the items worn, shirt and tabard excluded (they have level 1 and no
   * stats); empty when nothing else is worn.
   */
  public OptionalDouble averageItemLevel() {
    return items.stream()
        .filter(i -> !Set.of("SHIRT", "TABARD").contains(i.slot()))
        .mapToInt(Item::level)
        .average();
  }

  /** The slots among {@code enchantable} whose item has no permanent enchant, in item order. */
  public List<String> missingEnchants(Set<String> enchantable) {
    return items.stream()
        .filter(i -> enchantable.contains(i.slot()) && i.enchantIds().isEmpty())
        .map(Item::slot)
        .toList();
  }

  /**
   * One equipped item.
   *
   * @param slot Battle.net's {@code slot.type}, e.g. {@code HEAD}, {@code FINGER_1}
   * @param itemId the item's id
   * @param name its localized name; empty when Battle.net gave none
   * @param level its item level, 0 to {@value Equipment#MAX_ITEM_LEVEL}
   * @param quality Battle.net's {@code quality.type}, e.g. {@code EPIC}
   * @param bonusList its bonus ids, in Battle.net's order
   * @param enchantIds its permanent enchants ({@code enchantment_slot.type == "PERMANENT"}); on-use
   *     tinkers are not enchants
   * @param gemIds the gems in its sockets; an empty socket has none
   * @param upgradeTrack {@code name_description.display_string}, e.g. "Mythic 10"; empty when none
   */
  public record Item(
      String slot,
      long itemId,
      Optional<String> name,
      int level,
      String quality,
      List<Integer> bonusList,
      List<Integer> enchantIds,
      List<Long> gemIds,
      Optional<String> upgradeTrack) {
    /**
     * @throws IllegalArgumentException when the level is negative or too high, the id is not
     *     positive, a text is blank or too long, or a list is longer than an item can have
     */
    public Item {
      text(slot, "slot");
      positive(itemId, "item id");
      optionalText(name, "item name");
      inRange(level, 0, MAX_ITEM_LEVEL, "item level");
      text(quality, "quality");
      bonusList = atMost(bonusList, 64, "bonus ids");
      enchantIds = atMost(enchantIds, 8, "enchant ids");
      gemIds = atMost(gemIds, 8, "gem ids");
      optionalText(upgradeTrack, "upgrade track");
    }
  }
}
