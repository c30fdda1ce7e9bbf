package dev.guildsync.demo;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSlug;
import dev.guildsync.core.guild.RosterMember;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatedGuild;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Battle.net side of the guild story: The Ashen Vigil's roster, the members who come and go,
 * and Wandering Souls, the character story's untracked guild, once Battle.net serves its roster.
 */
final class DemoGuildWorld {
  static final Region REGION = Region.EU;
  static final String REALM = "argent-dawn";
  static final String NAME = "The Ashen Vigil";
  static final String NEW_NAME = "The Ember Vigil";
  static final BnetGuildId VIGIL = BnetGuildId.of(130_500_917L);

  static final Member MORWENNA = new Member(202_000_001L, "Morwenna", 5, 1, 0);
  static final Member TAVISH = new Member(202_000_002L, "Tavish", 1, 3, 1);
  static final Member ELOWEN = new Member(202_000_003L, "Elowen", 11, 4, 2);
  static final Member BRANNOC = new Member(202_000_004L, "Brannoc", 2, 3, 3);
  static final Member QUILLON = new Member(202_000_005L, "Quillon", 8, 1, 3);
  static final Member SEFA = new Member(202_000_006L, "Sefa", 7, 3, 4);
  static final String QUILLON_NEW_NAME = "Thornquill";

  /** Drekthar of the character story, in Wandering Souls, now one level up. */
  static final Member DREKTHAR = new Member(201_000_003L, "Drekthar", 7, 1, 0, 81);

  static final Member NYSSA = new Member(203_000_001L, "Nyssa", 4, 4, 1);

  /** A member as the roster lists it: Battle.net id, name, class and race ids, rank, level. */
  record Member(long id, String name, int classId, int raceId, int rank, int level) {
    Member(long id, String name, int classId, int raceId, int rank) {
      this(id, name, classId, raceId, rank, 80);
    }

    BnetCharacterId bnetId() {
      return BnetCharacterId.of(id);
    }

    RosterMember roster() {
      return new RosterMember(
          bnetId(), new CharacterRef(REGION, REALM, name), level, classId, raceId, rank);
    }
  }

  private DemoGuildWorld() {}

  /** Serves The Ashen Vigil's roster: five members, ranks 0 to 3. */
  static SimulatedGuild putVigil(BattleNetSimulator simulator, Instant lastModified) {
    return simulator
        .guilds()
        .put(
            REGION,
            roster(VIGIL, NAME, List.of(MORWENNA, TAVISH, ELOWEN, BRANNOC, QUILLON)),
            lastModified);
  }

  /** Serves Wandering Souls' roster; Drekthar's profile changes with it (he is level 81 now). */
  static SimulatedGuild putWanderingSouls(BattleNetSimulator simulator, Instant lastModified) {
    return simulator
        .guilds()
        .put(
            REGION,
            roster(
                BnetGuildId.of(DemoWorld.UNTRACKED_GUILD),
                "Wandering Souls",
                List.of(DREKTHAR, NYSSA)),
            lastModified);
  }

  /** Where a guild of this name's roster is asked for. */
  static GuildRef ref(String guildName) {
    return new GuildRef(REGION, REALM, GuildSlug.fromName(guildName));
  }

  private static GuildRoster roster(BnetGuildId id, String name, List<Member> members) {
    return new GuildRoster(
        id,
        name,
        REALM,
        Optional.of(Faction.ALLIANCE),
        members.stream().map(Member::roster).toList());
  }
}
