package dev.guildsync.testing.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.RosterMember;
import java.util.List;
import java.util.Optional;

/** Realistic rosters for tests. */
public final class TestRosters {
  private TestRosters() {}

  /** A level 80 Dwarf Paladin member on {@code realm} in {@code region}. */
  public static RosterMember member(Region region, String realm, long id, String name, int rank) {
    return new RosterMember(
        BnetCharacterId.of(id), new CharacterRef(region, realm, name), 80, 2, 3, rank);
  }

  /** An Alliance roster of the guild {@code id} named {@code name} on {@code realm}. */
  public static GuildRoster roster(long id, String name, String realm, RosterMember... members) {
    return new GuildRoster(
        BnetGuildId.of(id), name, realm, Optional.of(Faction.ALLIANCE), List.of(members));
  }
}
