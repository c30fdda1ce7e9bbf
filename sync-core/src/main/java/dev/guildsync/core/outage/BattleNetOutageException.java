package dev.guildsync.core.outage;

import dev.guildsync.core.PhaseReport;
import dev.guildsync.core.SyncRunFailedException;
import java.util.Objects;

/**
 * A run stopped early because Battle.net as a whole was not answering or could not be reached
 * ({@link #unavailable()}, also {@link #getCause()}); the message is its one line, e.g. {@code
 * Battle.net is not answering: 8 requests timed out in a row (eu.api.blizzard.com)}.
 *
 * <p>No item was blamed: the batch in progress was released without being saved, so no failure was
 * counted and nothing was backed off; its items are due as before and the next run takes them.
 * Batches saved before the outage stay saved. {@link #partialReport()} is what the phase did until
 * then (a {@code GuildSyncReport} or a {@code CharacterSyncReport}, whichever phase met the
 * outage). Both sync services and {@code GuildSync} throw it; a {@code GuildSync} run whose guild
 * phase meets it does not start the character phase. Immutable.
 */
public final class BattleNetOutageException extends SyncRunFailedException {
  private static final long serialVersionUID = 1L;

  /**
   * @param unavailable what the source said
   * @param partialReport what the phase did before the outage
   */
  public BattleNetOutageException(
      BattleNetUnavailableException unavailable, PhaseReport partialReport) {
    super(
        Objects.requireNonNull(unavailable, "unavailable").getMessage(),
        unavailable,
        partialReport);
  }

  /** What the source said: the host, how many requests failed in a row, whether it was reached. */
  public BattleNetUnavailableException unavailable() {
    return (BattleNetUnavailableException) getCause();
  }
}
