package dev.guildsync;

/**
 * Told when each phase of a {@link GuildSync} run starts and ends, for progress displays (e.g. to
 * count the characters due once the guild phase has created some) and per-phase timings. Each
 * phase's own listener ({@link dev.guildsync.core.guild.GuildSyncListener}, {@link
 * dev.guildsync.core.character.CharacterSyncListener}) hears its batches and items.
 *
 * <p>Called on the thread that runs the sync. An exception thrown here is logged and ignored: a
 * listener never breaks a run. Both methods do nothing by default.
 */
public interface PhaseListener {

  /**
   * {@code phase} is about to run.
   *
   * @param phase the phase
   */
  default void phaseStarted(Phase phase) {}

  /**
   * {@code phase} has ended, completed or failed (its exception is thrown after this call).
   *
   * @param phase the phase
   */
  default void phaseEnded(Phase phase) {}
}
