package dev.guildsync.bnet;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Invented bodies in the shapes of Battle.net's character sub-resources. */
final class DetailBodiesForTests {
  private DetailBodiesForTests() {}

  static final String EQUIPMENT =
      """
      {"_links":{"self":{"href":"x"}},
       "character":{"key":{"href":"x"},"name":"Aeron","id":201337420,
                    "realm":{"name":null,"id":1,"slug":"argent-dawn"}},
       "equipped_items":[
        {"item":{"id":900001},"slot":{"type":"HEAD","name":null},"name":null,
         "quality":{"type":"EPIC","name":"Epic"},"level":{"value":480,"display_string":"x"},
         "bonus_list":[1001,1002],"new_field_from_a_patch":{"a":1},
         "name_description":{"display_string":"Hero 2/6","color":{"r":0,"g":255,"b":0,"a":1.0}}},
        {"item":{"id":900002},"slot":{"type":"BACK"},"name":"Cloak of Tests",
         "quality":{"type":"RARE"},"level":{"value":470},
         "enchantments":[{"display_string":null,"enchantment_id":4897,
                          "enchantment_slot":{"id":7,"type":"ON_USE_SPELL"}}]},
        {"item":{"id":900003},"slot":{"type":"FINGER_1"},"name":"Band",
         "quality":{"type":"EPIC"},"level":{"value":490},
         "enchantments":[{"enchantment_id":6108,"enchantment_slot":{"id":0,"type":"PERMANENT"}}],
         "sockets":[{"socket_type":{"type":"PRISMATIC"},"item":{"id":800001,"name":null}},
                    {"socket_type":{"type":"PRISMATIC"}}]}
       ]}
      """;

  static String mythic(String rating) {
    return """
        {"character":{"id":201337420,"name":"Aeron"},
         "current_period":{"period":{"id":1001},
          "best_runs":[{"completed_timestamp":1763668800000,"duration":1860000,"keystone_level":12,
            "keystone_affixes":[{"name":"Tyrannical","id":9}],"members":[],
            "dungeon":{"name":null,"id":501},"is_completed_within_time":true}]},
         "seasons":[{"id":13},{"id":14}],
         "current_mythic_rating":{"color":{"r":255,"g":128,"b":0,"a":1.0},"rating":%s}}
        """
        .formatted(rating);
  }

  static final String MYTHIC_NO_RUNS =
      """
      {"character":{"id":201337420},"current_period":{"period":{"id":1002}},"seasons":[]}
      """;

  static final String PROFESSIONS =
      """
      {"character":{"id":201337420},
       "primaries":[{"profession":{"name":"Alchemy","id":171},
         "tiers":[{"skill_points":80,"max_skill_points":100,"tier":{"name":null,"id":2901},
                   "known_recipes":[{"name":"Potion","id":1}]}]}],
       "secondaries":[{"profession":{"name":"Archaeology","id":794},
                       "skill_points":950,"max_skill_points":950}]}
      """;

  static final String RAIDS =
      """
      {"character":{"id":201337420},
       "expansions":[
        {"expansion":{"name":"The Newest","id":505},"instances":[
          {"instance":{"name":"Hall of Invention","id":1301},"modes":[
            {"difficulty":{"type":"HEROIC","name":"Heroic"},"status":{"type":"IN_PROGRESS"},
             "progress":{"completed_count":2,"total_count":8,"encounters":[
               {"encounter":{"name":"Boss One","id":3001},"completed_count":3,
                "last_kill_timestamp":1763496000000},
               {"encounter":{"name":null,"id":3002},"completed_count":1,
                "last_kill_timestamp":1763499600000}]}},
            {"difficulty":{"type":"LEGACY_25_MAN","name":"25 Player"},
             "progress":{"completed_count":1,"total_count":1,"encounters":[]}}]}]},
        {"expansion":{"name":"An Older One","id":68},"instances":[
          {"instance":{"name":"Old Raid","id":741},"modes":[
            {"difficulty":{"type":"NORMAL"},
             "progress":{"completed_count":10,"total_count":10,"encounters":[]}}]}]}]}
      """;

  static String toys(long... ids) {
    return "{\"toys\":["
        + java.util.Arrays.stream(ids)
            .mapToObj(id -> "{\"toy\":{\"name\":null,\"id\":" + id + "},\"is_favorite\":false}")
            .collect(Collectors.joining(","))
        + "]}";
  }

  static String manyItems(int n) {
    return "{\"character\":{\"id\":201337420},\"equipped_items\":["
        + IntStream.range(0, n)
            .mapToObj(
                i ->
                    "{\"item\":{\"id\":"
                        + (i + 1)
                        + "},\"slot\":{\"type\":\"HEAD\"},\"level\":{\"value\":400}}")
            .collect(Collectors.joining(","))
        + "]}";
  }
}
