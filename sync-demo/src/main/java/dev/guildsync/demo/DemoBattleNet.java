package dev.guildsync.demo;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.Faction;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.Fault;
import dev.guildsync.simulator.SimulatorOptions;
import java.time.Instant;

/** The Battle.net side of the demo world: what the simulator serves for each character. */
public final class DemoBattleNet {
  /** The client id the demo's simulator accepts. */
  public static final String CLIENT_ID = "demo-client";

  /** The demo's client secret: the demo never prints it (its test checks). */
  public static final String CLIENT_SECRET = "demo-secret-never-printed";

  private static final Instant LAST_MODIFIED = Instant.parse("2026-11-23T18:30:00Z");

  private DemoBattleNet() {}

  static BattleNetSimulator start() {
    BattleNetSimulator simulator =
        BattleNetSimulator.start(
            SimulatorOptions.defaults().withCredentials(CLIENT_ID, CLIENT_SECRET));
    ProfileGuild longWatchEu =
        new ProfileGuild(BnetGuildId.of(DemoWorld.LONG_WATCH), "The Long Watch", "argent-dawn");
    ProfileGuild nightShiftUs =
        new ProfileGuild(BnetGuildId.of(DemoWorld.LONG_WATCH), "Night Shift", "stormrage");
    ProfileGuild wanderingSouls =
        new ProfileGuild(
            BnetGuildId.of(DemoWorld.UNTRACKED_GUILD), "Wandering Souls", "argent-dawn");

    put(
        simulator,
        Region.EU,
        profile(201_000_001L, "Ærøn", "argent-dawn", "Paladin").guild(longWatchEu));
    put(
        simulator,
        Region.US,
        profile(201_000_002L, "Keniön", "stormrage", "Mage").guild(nightShiftUs));
    put(
        simulator,
        Region.EU,
        profile(201_000_003L, "Drekthar", "argent-dawn", "Shaman").guild(wanderingSouls));
    put(simulator, Region.EU, profile(201_000_004L, "Solenne", "argent-dawn", "Priest"));
    // "Vanished" is not in the simulator's world: it answers 404.
    put(
        simulator,
        Region.EU,
        profile(201_000_006L, "Flickerwick", "argent-dawn", "Rogue").guild(longWatchEu));
    simulator.fault(Region.EU, "argent-dawn", "Flickerwick", Fault.serverErrors(2, 503));
    put(simulator, Region.EU, profile(209_999_999L, "Ðrakh", "argent-dawn", "Warrior"));
    put(
        simulator,
        Region.EU,
        profile(201_000_008L, "Иванка", "twisting-nether", "Druid").guild(longWatchEu));
    return simulator;
  }

  private static void put(
      BattleNetSimulator simulator, Region region, CharacterProfile.Builder profile) {
    simulator.putCharacter(region, profile.build(), LAST_MODIFIED);
  }

  private static CharacterProfile.Builder profile(long id, String name, String realm, String cls) {
    return CharacterProfile.newBuilder()
        .id(BnetCharacterId.of(id))
        .name(name)
        .realmSlug(realm)
        .realmName(
            realm.equals("stormrage")
                ? "Stormrage"
                : realm.equals("twisting-nether") ? "Twisting Nether" : "Argent Dawn")
        .level(80)
        .characterClass(cls)
        .race("Human")
        .faction(Faction.ALLIANCE)
        .activeSpec("Protection")
        .achievementPoints(12_000 + id % 1000)
        .averageItemLevel(640)
        .equippedItemLevel(638)
        .lastLogin(Instant.parse("2026-11-23T18:00:00Z"));
  }
}
