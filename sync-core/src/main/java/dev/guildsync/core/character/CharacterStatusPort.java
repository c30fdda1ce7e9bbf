package dev.guildsync.core.character;

import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;

/**
 * Asks Battle.net's profile status endpoint whether a character is still valid: the check
 * Blizzard's retention rule asks for every 30 days.
 *
 * <p>Implementations must be thread-safe: the sync calls them from several threads at once.
 */
public interface CharacterStatusPort {

  /**
   * Checks one character's status.
   *
   * @param character region, realm slug and name
   * @return found (the {@link CharacterStatus}: id and validity), not found or failed, never not
   *     modified (the check is never conditional); never null. Every problem that concerns only
   *     this character is a result, not an exception
   * @throws dev.guildsync.core.outage.BattleNetUnavailableException when Battle.net as a whole is
   *     not answering or cannot be reached (many requests in a row for different items failed): the
   *     run stops and blames no item
   * @throws dev.guildsync.core.CredentialsRejectedException when Battle.net rejects the client's
   *     credentials
   * @throws dev.guildsync.core.SyncException for any other problem that stops every request
   */
  FetchResult<CharacterStatus> checkStatus(CharacterRef character);
}
