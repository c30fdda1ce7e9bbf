package dev.guildsync.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.detail.DetailData;
import dev.guildsync.core.detail.Equipment;
import dev.guildsync.core.detail.MythicPlus;
import dev.guildsync.core.detail.Professions;
import dev.guildsync.core.detail.Raids;
import dev.guildsync.core.detail.Toys;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Renders the core's detail projections as Battle.net's sub-resource bodies, in their real shapes
 * (keyed references, display strings, fields a client ignores), so clients meet what production
 * sends. Thread-safe.
 */
final class DetailBodyJson {
  private DetailBodyJson() {}

  static byte[] render(DetailData data) {
    ObjectNode root = CharacterJson.MAPPER.createObjectNode();
    root.putObject("_links").putObject("self").put("href", "https://simulated.invalid/");
    data.character().ifPresent(id -> character(root, id));
    if (data instanceof Equipment e) {
      ArrayNode items = root.putArray("equipped_items");
      e.items().forEach(i -> item(items.addObject(), i));
    } else if (data instanceof MythicPlus m) {
      ObjectNode period = root.putObject("current_period");
      m.periodId().ifPresent(id -> period.putObject("period").put("id", id));
      if (!m.bestRuns().isEmpty()) {
        ArrayNode runs = period.putArray("best_runs");
        m.bestRuns().forEach(r -> run(runs.addObject(), r));
      }
      ArrayNode seasons = root.putArray("seasons");
      m.seasons().forEach(s -> seasons.addObject().put("id", s));
      if (m.rating().isPresent()) {
        ObjectNode rating = root.putObject("current_mythic_rating");
        m.color().ifPresent(c -> color(rating.putObject("color"), c));
        rating.put("rating", m.rating().getAsDouble());
      }
    } else if (data instanceof Professions p) {
      p.primaries().forEach(x -> profession(array(root, "primaries").addObject(), x));
      p.secondaries().forEach(x -> profession(array(root, "secondaries").addObject(), x));
    } else if (data instanceof Raids r) {
      ObjectNode expansion = root.putArray("expansions").addObject();
      named(expansion.putObject("expansion"), 503, r.expansion());
      r.instances().forEach(i -> instance(array(expansion, "instances").addObject(), i));
    } else {
      ArrayNode toys = root.putArray("toys");
      ((Toys) data)
          .toyIds()
          .forEach(
              id -> {
                ObjectNode toy = toys.addObject();
                named(toy.putObject("toy"), id, Optional.of("Toy " + id));
                toy.put("is_favorite", false);
              });
    }
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The array {@code name} of {@code node}, made when it is not there yet. */
  private static ArrayNode array(ObjectNode node, String name) {
    return node.has(name) ? (ArrayNode) node.get(name) : node.putArray(name);
  }

  private static void character(ObjectNode root, BnetCharacterId id) {
    root.putObject("character").put("id", id.value());
  }

  private static void named(ObjectNode node, long id, Optional<String> name) {
    node.putObject("key").put("href", "https://simulated.invalid/" + id);
    node.put("name", name.orElse(null));
    node.put("id", id);
  }

  private static void item(ObjectNode node, Equipment.Item i) {
    named(node.putObject("item"), i.itemId(), Optional.empty());
    node.putObject("slot").put("type", i.slot()).put("name", i.slot());
    node.put("quantity", 1);
    node.put("name", i.name().orElse(null));
    node.putObject("quality").put("type", i.quality()).put("name", i.quality());
    node.putObject("level")
        .put("value", i.level())
        .put("display_string", "Item Level " + i.level());
    ArrayNode bonus = node.putArray("bonus_list");
    i.bonusList().forEach(bonus::add);
    i.enchantIds()
        .forEach(
            id -> {
              ObjectNode enchant = array(node, "enchantments").addObject();
              enchant.put("display_string", "Enchanted");
              enchant.put("enchantment_id", id);
              enchant.putObject("enchantment_slot").put("id", 0).put("type", "PERMANENT");
            });
    i.gemIds()
        .forEach(
            id -> {
              ObjectNode socket = array(node, "sockets").addObject();
              socket.putObject("socket_type").put("type", "PRISMATIC");
              named(socket.putObject("item"), id, Optional.empty());
            });
    i.upgradeTrack().ifPresent(t -> node.putObject("name_description").put("display_string", t));
  }

  private static void run(ObjectNode node, MythicPlus.Run r) {
    node.put("completed_timestamp", r.completedAt().toEpochMilli());
    node.put("duration", r.duration().toMillis());
    node.put("keystone_level", r.keystoneLevel());
    named(node.putObject("dungeon"), r.dungeonId(), r.dungeonName());
    node.put("is_completed_within_time", r.inTime());
  }

  private static void color(ObjectNode node, String hex) {
    node.put("r", Integer.parseInt(hex.substring(1, 3), 16));
    node.put("g", Integer.parseInt(hex.substring(3, 5), 16));
    node.put("b", Integer.parseInt(hex.substring(5, 7), 16));
    node.put("a", 1.0);
  }

  private static void profession(ObjectNode node, Professions.Profession p) {
    named(node.putObject("profession"), p.id(), p.name());
    p.skillPoints().ifPresent(v -> node.put("skill_points", v));
    p.maxSkillPoints().ifPresent(v -> node.put("max_skill_points", v));
    for (Professions.Tier t : p.tiers()) {
      ObjectNode tier = array(node, "tiers").addObject();
      tier.put("skill_points", t.skillPoints());
      tier.put("max_skill_points", t.maxSkillPoints());
      named(tier.putObject("tier"), t.id(), t.name());
      tier.putArray("known_recipes").addObject().put("name", "Recipe").put("id", 1);
    }
  }

  private static void instance(ObjectNode node, Raids.Instance i) {
    named(node.putObject("instance"), i.id(), i.name());
    for (Raids.Mode m : i.modes()) {
      ObjectNode mode = array(node, "modes").addObject();
      mode.putObject("difficulty").put("type", m.difficulty()).put("name", m.difficulty());
      mode.putObject("status").put("type", m.completed() == m.total() ? "COMPLETE" : "IN_PROGRESS");
      ObjectNode progress = mode.putObject("progress");
      progress.put("completed_count", m.completed());
      progress.put("total_count", m.total());
      ArrayNode encounters = progress.putArray("encounters");
      for (Raids.Encounter e : m.encounters()) {
        ObjectNode encounter = encounters.addObject();
        named(encounter.putObject("encounter"), e.id(), e.name());
        encounter.put("completed_count", e.killCount());
        e.lastKillAt().ifPresent(at -> encounter.put("last_kill_timestamp", at.toEpochMilli()));
      }
    }
  }
}
