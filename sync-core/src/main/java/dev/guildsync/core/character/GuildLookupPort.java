package dev.guildsync.core.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import java.util.Map;
import java.util.Set;

/**
 * Finds the local guilds that track Battle.net guilds. The sync calls it once per region per batch
 * with every distinct guild id of that batch, never once per character.
 *
 * <p>Implementations must be thread-safe.
 */
public interface GuildLookupPort {

  /**
   * Returns the local key of each guild in {@code region} whose Battle.net id is in {@code ids}.
   * Battle.net ids are per region: the same number in another region is another guild and is never
   * returned.
   *
   * @param region the region the ids belong to
   * @param ids the Battle.net guild ids to look up; may be empty
   * @return a map from each tracked id to its local key; ids that no local guild tracks are absent,
   *     so the map is empty when none is tracked (never null)
   * @throws dev.guildsync.core.SyncException when the lookup cannot be done (database unreachable,
   *     schema missing)
   */
  Map<BnetGuildId, GuildKey> findGuildKeys(Region region, Set<BnetGuildId> ids);
}
