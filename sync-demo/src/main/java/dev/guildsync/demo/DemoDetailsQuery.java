package dev.guildsync.demo;

/**
 * The demo's query over the details a guild manager reads: what a service's own screen would run
 * (plain SQL over the documented schema and the keys of {@code character_details.data}).
 */
final class DemoDetailsQuery {
  private DemoDetailsQuery() {}

  /** Slots the game lets a player enchant (the demo's choice, for the missing-enchant count). */
  static final String ENCHANTABLE =
      "'BACK','CHEST','WRIST','LEGS','FEET','FINGER_1','FINGER_2','MAIN_HAND'";

  /** Guild {@code ?}'s available characters, by name, with their item level, enchants, rating. */
  static final String SQL =
      "SELECT c.name,"
          + " round((e.data->>'averageItemLevel')::numeric, 1) AS ilvl,"
          + " (SELECT count(*) FROM jsonb_array_elements(e.data->'items') i"
          + "   WHERE i->>'slot' IN ("
          + ENCHANTABLE
          + ") AND jsonb_array_length(i->'enchantIds') = 0) AS missing,"
          + " round(c.mythic_rating, 1) AS rating, c.mythic_rating_color,"
          + " (SELECT string_agg(p->>'name' || ' ' || (p->'tiers'->0->>'skillPoints'), ', ')"
          + "    FROM jsonb_array_elements(pr.data->'primaries') p) AS professions"
          + " FROM characters c"
          + " LEFT JOIN character_details e ON e.character_id = c.id AND e.detail = 'equipment'"
          + " LEFT JOIN character_details pr ON pr.character_id = c.id"
          + "   AND pr.detail = 'professions'"
          + " WHERE c.guild_id = ? AND c.is_available"
          + " ORDER BY c.name";
}
