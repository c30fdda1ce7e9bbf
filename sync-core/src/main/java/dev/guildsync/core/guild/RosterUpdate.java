package dev.guildsync.core.guild;

import dev.guildsync.core.CharacterKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a received roster changes for one guild, as the rules decided it. Only what differs
 * from the store's snapshot is in it, so the same roster twice gives an update that {@link
 * #changesNothing()}.
 *
 * @param guild the guild row's data columns; empty when they are as stored
 * @param leader the new guild master (G6); empty keeps {@code leader_character_id} as it is
 * @param created characters to create for members with no local character (G2)
 * @param renamed known characters to rename in place (G2)
 * @param members membership rows to write (G3); never an unchanged member
 * @param ranks rank rows to write (G5); never an unchanged rank
 * @param events member events to record
 * @param linked every current member: its {@code guild_id} becomes this guild (G4)
 * @param unlinked members whose leave is recorded: their {@code guild_id} becomes NULL where it
 *     still points at this guild (G4)
 * @param rosterTime the roster's {@code Last-Modified} (or the sync time when it had none): a link
 *     is written only for a character whose own profile was not synced after it (G4)
 */
public record RosterUpdate(
    Optional<GuildData> guild,
    Optional<MemberCharacter> leader,
    List<CharacterFromRoster> created,
    List<CharacterRename> renamed,
    List<MembershipWrite> members,
    List<RankWrite> ranks,
    List<MemberEvent> events,
    Set<MemberCharacter> linked,
    Set<CharacterKey> unlinked,
    Instant rosterTime) {
  public RosterUpdate {
    Objects.requireNonNull(guild, "guild");
    Objects.requireNonNull(leader, "leader");
    created = List.copyOf(created);
    renamed = List.copyOf(renamed);
    members = List.copyOf(members);
    ranks = List.copyOf(ranks);
    events = List.copyOf(events);
    linked = Set.copyOf(linked);
    unlinked = Set.copyOf(unlinked);
    Objects.requireNonNull(rosterTime, "rosterTime");
  }

  /**
   * Whether the roster changed nothing but bookkeeping: no guild data, leader, character, rank or
   * event. Miss counters of missing members and re-asserted links may still be written.
   */
  public boolean changesNothing() {
    return guild.isEmpty()
        && leader.isEmpty()
        && created.isEmpty()
        && renamed.isEmpty()
        && ranks.isEmpty()
        && events.isEmpty();
  }
}
