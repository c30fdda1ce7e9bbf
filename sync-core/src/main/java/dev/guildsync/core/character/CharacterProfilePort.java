package dev.guildsync.core.character;

import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import java.util.Optional;

/**
 * Fetches character profiles from Battle.net (or anything that answers like it).
 *
 * <p>Implementations must be thread-safe: the sync calls them from several threads at once.
 */
public interface CharacterProfilePort {

  /**
   * Fetches one character's profile summary.
   *
   * @param character region, realm slug and name
   * @param lastModified the {@code Last-Modified} value from the last successful fetch; when
   *     present the source asks conditionally and may answer {@link FetchResult.NotModified}
   * @return found, not modified, not found or failed; never null. Every problem that concerns only
   *     this character (404, 403, 5xx after retries, timeouts, a malformed body) is a result, not
   *     an exception
   * @throws dev.guildsync.core.outage.BattleNetUnavailableException when Battle.net as a whole is
   *     not answering or cannot be reached (many requests in a row for different items failed): the
   *     run stops and blames no item
   * @throws dev.guildsync.core.CredentialsRejectedException when Battle.net rejects the client's
   *     credentials, which no character can get past
   * @throws dev.guildsync.core.SyncException for any other problem that stops every fetch
   */
  FetchResult<CharacterProfile> fetchProfile(CharacterRef character, Optional<String> lastModified);
}
