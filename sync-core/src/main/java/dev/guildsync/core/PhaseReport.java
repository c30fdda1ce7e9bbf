package dev.guildsync.core;

import java.time.Duration;
import java.util.Map;

/**
 * What the report of every phase's run tells, whatever it synced. Each sync's report ({@code
 * CharacterSyncReport}, {@code GuildSyncReport}) implements it and adds its own counts.
 * Implementations are immutable.
 */
public interface PhaseReport {

  /** How many items were handled in the run, whatever their outcome. */
  int items();

  /** How many items failed (their data kept, backed off). */
  int failed();

  /** How many failures had each reason. */
  Map<String, Integer> failureReasons();

  /** How many batches were done. */
  int batches();

  /** How long the run took. */
  Duration duration();
}
