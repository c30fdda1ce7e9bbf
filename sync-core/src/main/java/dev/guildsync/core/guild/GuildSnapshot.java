package dev.guildsync.core.guild;

import dev.guildsync.core.GuildKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a store holds that the rules need to apply one roster to one guild.
 *
 * @param bnetIdHeldBy another local guild that holds the roster's (region, Battle.net guild id);
 *     empty when none does (G1)
 * @param members every membership row of the guild, current and left
 * @param ranks every rank row of the guild
 * @param characters the local characters, in the guild's region, whose Battle.net id is one of the
 *     roster's members (wherever their guild link points)
 */
public record GuildSnapshot(
    Optional<GuildKey> bnetIdHeldBy,
    List<GuildMembership> members,
    List<GuildRank> ranks,
    List<KnownCharacter> characters) {
  public GuildSnapshot {
    Objects.requireNonNull(bnetIdHeldBy, "bnetIdHeldBy");
    members = List.copyOf(members);
    ranks = List.copyOf(ranks);
    characters = List.copyOf(characters);
  }

  /** A guild with no members, no ranks and no known characters. */
  public static GuildSnapshot empty() {
    return new GuildSnapshot(Optional.empty(), List.of(), List.of(), List.of());
  }
}
