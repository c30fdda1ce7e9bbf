package dev.guildsync.core.character;

import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import java.util.Optional;

/**
 * Fetches a character's details (equipment, Mythic+, professions, raids, toys) from Battle.net or
 * anything that answers like it. The sync asks only after the character's profile was fetched or
 * confirmed under its recorded id (D3), and only for due details (D2).
 *
 * <p>Implementations must be thread-safe: the sync calls them from several threads at once.
 */
public interface CharacterDetailPort {

  /**
   * Fetches one detail of one character.
   *
   * @param character region, realm slug and name
   * @param detail which detail
   * @param lastModified the {@code Last-Modified} of the detail's last successful fetch; when
   *     present the source asks conditionally and may answer {@link FetchResult.NotModified}
   * @return found (with the projection of {@code detail}), not modified, not found (404 or 403) or
   *     failed (5xx after retries, timeouts, a body too large, malformed or failing the
   *     projection's checks); never null. A problem of this detail is a result, never an exception
   * @throws dev.guildsync.core.CredentialsRejectedException when Battle.net rejects the client's
   *     credentials
   * @throws dev.guildsync.core.SyncException for any other problem that stops every fetch
   */
  FetchResult<DetailData> fetchDetail(
      CharacterRef character, CharacterDetail detail, Optional<String> lastModified);
}
