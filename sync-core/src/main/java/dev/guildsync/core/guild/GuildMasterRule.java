package dev.guildsync.core.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * G6: the guild master is the local character of the rank 0 member. A roster without a rank 0
 * member leaves the stored leader as it was. Stateless and thread-safe.
 */
final class GuildMasterRule {
  private GuildMasterRule() {}

  /**
   * The leader to write.
   *
   * @param roster the roster's members; the first rank 0 member in roster order leads
   * @param characters each member's character, as {@link MemberDiff} resolved them
   * @param stored the stored leader
   * @return the new leader; empty when there is no rank 0 member or the leader is unchanged
   */
  static Optional<MemberCharacter> leader(
      List<RosterMember> roster,
      Map<BnetCharacterId, MemberCharacter> characters,
      Optional<CharacterKey> stored) {
    for (RosterMember member : roster) {
      if (member.rank() == 0) {
        MemberCharacter who = characters.get(member.id());
        if (who == null) {
          return Optional.empty();
        }
        boolean same =
            who instanceof MemberCharacter.Known known && stored.equals(Optional.of(known.key()));
        return same ? Optional.empty() : Optional.of(who);
      }
    }
    return Optional.empty();
  }
}
