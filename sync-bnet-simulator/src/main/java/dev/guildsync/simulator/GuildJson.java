package dev.guildsync.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSlug;
import dev.guildsync.core.guild.RosterMember;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Renders core rosters as Battle.net roster bodies, with the real field set: keyed references,
 * members' realms without a name, class and race as ids only. Thread-safe.
 */
final class GuildJson {
  private GuildJson() {}

  static byte[] roster(Region region, GuildRoster roster) {
    String host = "https://" + region.code() + ".api.blizzard.com";
    String ns = "?namespace=profile-" + region.code();
    String guildPath =
        host + "/data/wow/guild/" + roster.realmSlug() + "/" + GuildSlug.fromName(roster.name());
    ObjectNode root = CharacterJson.MAPPER.createObjectNode();
    root.putObject("_links").putObject("self").put("href", guildPath + "/roster" + ns);
    ObjectNode guild = root.putObject("guild");
    guild.putObject("key").put("href", guildPath + ns);
    guild.put("name", roster.name());
    guild.put("id", roster.id().value());
    CharacterJson.realm(guild.putObject("realm"), host, roster.realmSlug(), roster.realmSlug());
    roster.faction().ifPresent(f -> CharacterJson.faction(guild.putObject("faction"), f));
    ArrayNode members = root.putArray("members");
    for (RosterMember m : roster.members()) {
      ObjectNode entry = members.addObject();
      ObjectNode character = entry.putObject("character");
      String realm = m.character().realmSlug();
      String name = m.character().name();
      character
          .putObject("key")
          .put(
              "href",
              host + "/profile/wow/character/" + realm + "/" + name.toLowerCase(Locale.ROOT) + ns);
      character.put("name", name);
      character.put("id", m.id().value());
      ObjectNode realmNode = character.putObject("realm");
      CharacterJson.realm(realmNode, host, realm, realm);
      realmNode.remove("name"); // a member's realm has no name in a real roster
      character.put("level", m.level());
      CharacterJson.keyed(
          character.putObject("playable_class"), host + "/data/wow/playable-class/", m.classId());
      CharacterJson.keyed(
          character.putObject("playable_race"), host + "/data/wow/playable-race/", m.raceId());
      entry.put("rank", m.rank());
    }
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }
}
