package dev.guildsync.simulator;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.PlayableNames;
import dev.guildsync.core.guild.RosterMember;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the character world in step with the simulated rosters, so that an end-to-end sync can
 * fetch a member's profile as well as its guild's roster: a member has a profile whose {@code
 * guild} names the guild, a member who leaves loses it, a renamed or moved member is served under
 * the new name or realm only. A profile that was stored before keeps its other fields.
 */
final class MemberProfiles {
  private final World world;

  MemberProfiles(World world) {
    this.world = world;
  }

  /** Applies the change from {@code before} (empty for a new guild) to {@code after}. */
  void update(Region region, Optional<GuildRoster> before, GuildRoster after, Instant at) {
    Map<BnetCharacterId, RosterMember> old = new HashMap<>();
    before.map(GuildRoster::members).orElse(List.of()).forEach(m -> old.put(m.id(), m));
    boolean sameGuild =
        before
            .filter(b -> b.name().equals(after.name()) && b.realmSlug().equals(after.realmSlug()))
            .isPresent();
    ProfileGuild guild = new ProfileGuild(after.id(), after.name(), after.realmSlug());
    for (RosterMember member : after.members()) {
      RosterMember was = old.remove(member.id());
      if (sameGuild && was != null && sameCharacter(was, member)) {
        continue; // a rank is not in the profile: it stays as it was
      }
      Optional<CharacterProfile> stored = profile(was == null ? member : was);
      if (was != null && !key(was).equals(key(member))) {
        world.remove(key(was));
      }
      world.put(region, profile(stored, member, guild, after), at);
    }
    for (RosterMember left : old.values()) {
      profile(left)
          .filter(p -> p.guild().map(g -> g.bnetGuildId().equals(after.id())).orElse(false))
          .ifPresent(p -> world.put(region, p.toBuilder().guild(null).build(), at));
    }
  }

  private static boolean sameCharacter(RosterMember a, RosterMember b) {
    return a.character().equals(b.character())
        && a.level() == b.level()
        && a.classId() == b.classId()
        && a.raceId() == b.raceId();
  }

  private Optional<CharacterProfile> profile(RosterMember member) {
    return world.get(key(member)).flatMap(World.Entry::profile);
  }

  private static CharacterProfile profile(
      Optional<CharacterProfile> stored,
      RosterMember member,
      ProfileGuild guild,
      GuildRoster roster) {
    CharacterRef ref = member.character();
    CharacterProfile.Builder profile =
        stored.map(CharacterProfile::toBuilder).orElseGet(CharacterProfile::newBuilder);
    if (stored.map(p -> !p.realmSlug().equals(ref.realmSlug())).orElse(true)) {
      profile.realmName(ref.realmSlug());
    }
    profile
        .id(member.id())
        .name(ref.name())
        .realmSlug(ref.realmSlug())
        .level(member.level())
        .guild(guild);
    String className = PlayableNames.className(member.classId());
    if (!className.isEmpty()) {
      profile.characterClass(className);
    }
    String raceName = PlayableNames.raceName(member.raceId());
    if (!raceName.isEmpty()) {
      profile.race(raceName);
    }
    roster.faction().ifPresent(profile::faction);
    return profile.build();
  }

  private static World.Key key(RosterMember member) {
    CharacterRef ref = member.character();
    return World.Key.of(ref.region(), ref.realmSlug(), ref.name());
  }
}
