package dev.guildsync.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.guildsync.core.Faction;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.guild.GuildSlug;
import dev.guildsync.core.guild.PlayableNames;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders core profiles as Battle.net profile summaries, with the real field set (links, keyed
 * references, ids) so clients meet what production sends. Thread-safe.
 */
final class CharacterJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Map<String, Integer> RACES =
      Map.of(
          "Human",
          1,
          "Orc",
          2,
          "Dwarf",
          3,
          "Night Elf",
          4,
          "Undead",
          5,
          "Tauren",
          6,
          "Gnome",
          7,
          "Troll",
          8,
          "Blood Elf",
          10,
          "Draenei",
          11);

  private CharacterJson() {}

  static byte[] render(Region region, CharacterProfile p) {
    String host = "https://" + region.code() + ".api.blizzard.com";
    String ns = "?namespace=profile-" + region.code();
    String charPath =
        host + "/profile/wow/character/" + p.realmSlug() + "/" + p.name().toLowerCase(Locale.ROOT);
    ObjectNode root = MAPPER.createObjectNode();
    root.putObject("_links").putObject("self").put("href", charPath + ns);
    root.put("id", p.id().value());
    root.put("name", p.name());
    ObjectNode gender = root.putObject("gender");
    gender.put("type", "MALE").put("name", "Male");
    // A field the profile does not hold is left out, as Battle.net leaves out what it does not say.
    p.faction().ifPresent(f -> faction(root.putObject("faction"), f));
    p.race()
        .ifPresent(
            race ->
                keyed(
                        root.putObject("race"),
                        host + "/data/wow/playable-race/",
                        RACES.getOrDefault(race, 0))
                    .put("name", race));
    p.characterClass()
        .ifPresent(
            cls ->
                keyed(
                        root.putObject("character_class"),
                        host + "/data/wow/playable-class/",
                        PlayableNames.classId(cls))
                    .put("name", cls));
    p.activeSpec()
        .ifPresent(
            spec ->
                keyed(
                        root.putObject("active_spec"),
                        host + "/data/wow/playable-specialization/",
                        Math.abs(spec.hashCode() % 1000) + 1)
                    .put("name", spec));
    realm(root.putObject("realm"), host, p.realmSlug(), p.realmName());
    p.guild().ifPresent(g -> guild(root.putObject("guild"), host, ns, g, p));
    p.level().ifPresent(level -> root.put("level", level));
    root.put("experience", 0);
    p.achievementPoints().ifPresent(points -> root.put("achievement_points", points));
    for (String link :
        List.of(
            "achievements",
            "titles",
            "pvp-summary",
            "encounters",
            "media",
            "specializations",
            "statistics",
            "mythic-keystone-profile",
            "equipment",
            "appearance",
            "collections",
            "reputations",
            "quests",
            "professions")) {
      root.putObject(link.replace('-', '_')).put("href", charPath + "/" + link + ns);
    }
    p.lastLogin().ifPresent(t -> root.put("last_login_timestamp", t.toEpochMilli()));
    p.averageItemLevel().ifPresent(ilvl -> root.put("average_item_level", ilvl));
    p.equippedItemLevel().ifPresent(ilvl -> root.put("equipped_item_level", ilvl));
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] status(long id, boolean valid) {
    return ("{\"id\":" + id + ",\"is_valid\":" + valid + "}").getBytes(StandardCharsets.UTF_8);
  }

  private static void guild(
      ObjectNode node, String host, String ns, ProfileGuild g, CharacterProfile p) {
    // The slug the simulator serves the guild's roster under, as Battle.net's href names it.
    String slug = GuildSlug.fromName(g.name());
    node.putObject("key").put("href", host + "/data/wow/guild/" + g.realmSlug() + "/" + slug + ns);
    node.put("name", g.name());
    node.put("id", g.bnetGuildId().value());
    realm(
        node.putObject("realm"),
        host,
        g.realmSlug(),
        g.realmSlug().equals(p.realmSlug()) ? p.realmName() : g.realmSlug());
    p.faction().ifPresent(f -> faction(node.putObject("faction"), f));
  }

  static ObjectNode keyed(ObjectNode node, String prefix, int id) {
    node.putObject("key").put("href", prefix + id + "?namespace=static-10.0.0_0-us");
    node.put("id", id);
    return node;
  }

  static void realm(ObjectNode node, String host, String slug, String name) {
    int id = Math.abs(slug.hashCode() % 4000) + 1;
    node.putObject("key").put("href", host + "/data/wow/realm/" + id + "?namespace=dynamic-eu");
    node.put("name", name);
    node.put("id", id);
    node.put("slug", slug);
  }

  static void faction(ObjectNode node, Faction faction) {
    String type = faction.name();
    node.put("type", type);
    node.put("name", type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT));
  }
}
