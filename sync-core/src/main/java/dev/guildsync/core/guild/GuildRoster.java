package dev.guildsync.core.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.Faction;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A guild's roster as Battle.net returned it: the guild's own data and every member.
 *
 * @param id the guild's Battle.net id (per region)
 * @param name the guild's display name, e.g. {@code The Long Watch}
 * @param realmSlug the guild's realm slug
 * @param faction the guild's faction; empty when the roster did not say
 * @param members every member, in Battle.net's order; may be empty (G3 decides what that means)
 */
public record GuildRoster(
    BnetGuildId id,
    String name,
    String realmSlug,
    Optional<Faction> faction,
    List<RosterMember> members) {
  /**
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the name or realm slug is empty, or two members have the
   *     same Battle.net character id
   */
  public GuildRoster {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(realmSlug, "realmSlug");
    Objects.requireNonNull(faction, "faction");
    members = List.copyOf(members);
    if (name.isBlank() || realmSlug.isBlank()) {
      throw new IllegalArgumentException("a roster's guild name and realm slug must not be empty");
    }
    Set<BnetCharacterId> seen = new HashSet<>();
    for (RosterMember member : members) {
      if (!seen.add(member.id())) {
        throw new IllegalArgumentException("character " + member.id() + " is listed twice");
      }
    }
  }
}
