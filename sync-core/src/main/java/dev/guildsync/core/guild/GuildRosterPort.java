package dev.guildsync.core.guild;

import dev.guildsync.core.FetchResult;
import java.util.Optional;

/**
 * Fetches guild rosters from Battle.net (or anything that answers like it): one request per guild
 * carries the guild's id, name, realm, faction and every member.
 *
 * <p>Implementations must be thread-safe: the guild sync calls them from several threads at once.
 */
public interface GuildRosterPort {

  /**
   * Fetches one guild's roster.
   *
   * @param guild region, realm slug and guild slug; the slug is sent as an encoded path segment
   * @param lastModified the {@code Last-Modified} value from the last successful fetch; when
   *     present the source asks conditionally and may answer {@link FetchResult.NotModified}
   * @return found, not modified, not found or failed; never null. Every problem that concerns only
   *     this guild (404, 403, 5xx after retries, timeouts, a malformed body) is a result, not an
   *     exception. An empty member list is returned as found: the rules decide (G3)
   * @throws dev.guildsync.core.outage.BattleNetUnavailableException when Battle.net as a whole is
   *     not answering or cannot be reached (many requests in a row for different items failed): the
   *     run stops and blames no item
   * @throws dev.guildsync.core.CredentialsRejectedException when Battle.net rejects the client's
   *     credentials, which no guild can get past
   * @throws dev.guildsync.core.SyncException for any other problem that stops every fetch
   */
  FetchResult<GuildRoster> fetchRoster(GuildRef guild, Optional<String> lastModified);
}
