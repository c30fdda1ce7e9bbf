package dev.guildsync.core.guild;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * G5: one rank row per rank seen, with its member count. New ranks get default names; a stored name
 * is never overwritten; a rank no longer seen keeps its row with count 0. Stateless and
 * thread-safe.
 */
final class RankRule {
  private RankRule() {}

  /**
   * The default name of a rank: {@code Guild Master} for 0, {@code Rank n} otherwise.
   *
   * @return the name; never null
   */
  static String defaultName(int rank) {
    return rank == 0 ? "Guild Master" : "Rank " + rank;
  }

  /**
   * The rank rows a roster changes.
   *
   * @param stored the guild's stored ranks
   * @param roster the roster's members
   * @return the writes, by rank; only new ranks and changed counts (never null)
   */
  static List<RankWrite> writes(List<GuildRank> stored, List<RosterMember> roster) {
    Map<Integer, Integer> counts = new TreeMap<>();
    roster.forEach(m -> counts.merge(m.rank(), 1, Integer::sum));
    Map<Integer, GuildRank> byRank = new TreeMap<>();
    stored.forEach(r -> byRank.put(r.rank(), r));
    List<RankWrite> writes = new ArrayList<>();
    counts.forEach(
        (rank, count) -> {
          GuildRank row = byRank.get(rank);
          if (row == null || row.memberCount() != count) {
            writes.add(new RankWrite(rank, defaultName(rank), count));
          }
        });
    byRank.forEach(
        (rank, row) -> {
          if (!counts.containsKey(rank) && row.memberCount() != 0) {
            writes.add(new RankWrite(rank, defaultName(rank), 0));
          }
        });
    writes.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
    return writes;
  }
}
