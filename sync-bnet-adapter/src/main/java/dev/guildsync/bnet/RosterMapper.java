package dev.guildsync.bnet;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guildsync.bnet.ProfileMapper.Invalid;
import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.Names;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSlug;
import dev.guildsync.core.guild.RosterMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a roster body into a core {@link GuildRoster}, or says why it cannot. Thread-safe.
 *
 * <p>Required: {@code guild.id}, {@code guild.name}, {@code guild.realm.slug}, {@code members} (an
 * empty list is a roster with no members: the sync's rules decide what that means, G3), and per
 * member {@code character.id}, {@code character.name}, {@code character.realm.slug} and {@code
 * rank}. Optional: {@code guild.faction} (absent stays absent), a member's {@code level} and its
 * class and race ids (absent is 0, as {@link RosterMember} documents), every {@code key}, every
 * realm {@code name}. Unknown class and race ids are kept as they are.
 *
 * <p>A member whose own data is unusable fails the whole roster: a roster is every member ({@link
 * GuildRoster}), and a member left out would count as missing, then as left (G3), which is worse
 * than waiting for a usable roster. Values no store can keep (NUL in text, absurd lengths or
 * numbers) and names that could not name a request path fail the same way, as profiles do.
 */
final class RosterMapper {
  private final ObjectMapper json;

  RosterMapper(ObjectMapper json) {
    this.json = json;
  }

  GuildRoster roster(byte[] body, Region region) throws Invalid {
    RosterJson.Roster r = ProfileMapper.read(json, body, RosterJson.Roster.class);
    RosterJson.Guild g = r.guild();
    if (g == null || g.id() == null) {
      throw missing("guild.id");
    }
    if (isBlank(g.name())) {
      throw missing("guild.name");
    }
    if (g.realm() == null || isBlank(g.realm().slug())) {
      throw missing("guild.realm.slug");
    }
    if (r.members() == null) {
      throw missing("members");
    }
    List<RosterMember> members = new ArrayList<>(r.members().size());
    for (int i = 0; i < r.members().size(); i++) {
      members.add(member(r.members().get(i), region, "members[" + i + "]"));
    }
    try {
      // The name becomes the guild's slug when it is renamed (G1): it must make a safe segment,
      // which also keeps NUL and absurd lengths out of the store.
      Names.requireSafePathSegment(GuildSlug.fromName(g.name()), "guild name");
      return new GuildRoster(
          BnetGuildId.of(g.id()),
          g.name(),
          Names.requireSafePathSegment(g.realm().slug(), "guild realm slug"),
          faction(g.faction()),
          members);
    } catch (IllegalArgumentException e) {
      throw new Invalid("roster has an invalid value: " + e.getMessage());
    }
  }

  private static RosterMember member(RosterJson.Member m, Region region, String at) throws Invalid {
    RosterJson.Character c = m == null ? null : m.character();
    if (c == null) {
      throw missing(at + ".character");
    }
    if (c.id() == null) {
      throw missing(at + ".character.id");
    }
    if (isBlank(c.name())) {
      throw missing(at + ".character.name");
    }
    if (c.realm() == null || isBlank(c.realm().slug())) {
      throw missing(at + ".character.realm.slug");
    }
    if (m.rank() == null) {
      throw missing(at + ".rank");
    }
    try {
      return new RosterMember(
          BnetCharacterId.of(c.id()),
          new CharacterRef(region, c.realm().slug(), c.name()),
          c.level() == null ? 0 : c.level(),
          idOf(c.playableClass()),
          idOf(c.playableRace()),
          m.rank());
    } catch (IllegalArgumentException e) {
      throw new Invalid("roster has an invalid value at '" + at + "': " + e.getMessage());
    }
  }

  private static int idOf(RosterJson.Playable playable) {
    return playable == null || playable.id() == null ? 0 : playable.id();
  }

  private static Optional<Faction> faction(ProfileJson.TypeRef faction) {
    if (faction == null || faction.type() == null) {
      return Optional.empty();
    }
    return Optional.of(Faction.parse(faction.type()));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static Invalid missing(String field) {
    return new Invalid("roster lacks required field '" + field + "'");
  }
}
