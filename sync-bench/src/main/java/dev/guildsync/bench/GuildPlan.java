package dev.guildsync.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sizes of the guild measurements.
 *
 * @param rosterMembers members of the roster saved in measurement 6
 * @param rosterRepetitions how many times measurement 6's scenario runs (medians are reported)
 * @param guilds guilds of measurement 7's world
 * @param members members per guild of measurement 7's world
 */
record GuildPlan(int rosterMembers, int rosterRepetitions, int guilds, int members) {
  /** How many changes the changed roster of measurement 6 carries: 50 for 1,000 members. */
  int rosterChanges() {
    return Math.max(5, rosterMembers / 20);
  }

  int worldCharacters() {
    return guilds * members;
  }

  Map<String, Object> asJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rosterMembers", rosterMembers);
    json.put("rosterRepetitions", rosterRepetitions);
    json.put("rosterChanges", rosterChanges());
    json.put("worldGuilds", guilds);
    json.put("worldMembersPerGuild", members);
    return json;
  }
}
