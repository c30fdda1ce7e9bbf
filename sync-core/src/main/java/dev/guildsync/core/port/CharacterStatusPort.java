package dev.guildsync.core.port;

import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.character.CharacterStatusResult;

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
   * @return answered (id and validity), not found or failed; never null. Every problem that
   *     concerns only this character is a result, not an exception
   * @throws dev.guildsync.core.CredentialsRejectedException when Battle.net rejects the client's
   *     credentials
   * @throws dev.guildsync.core.SyncException for any other problem that stops every request
   */
  CharacterStatusResult checkStatus(CharacterRef character);
}
