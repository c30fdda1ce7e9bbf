package dev.guildsync.example;

import dev.guildsync.Phase;
import dev.guildsync.PhaseListener;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterOutcome;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.guild.GuildOutcome;
import dev.guildsync.core.guild.GuildSyncListener;
import dev.guildsync.core.guild.GuildSyncReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a run's progress: a bar with rate and ETA redrawn in place on a terminal, or a log line at
 * most every few seconds when output is not a terminal (CI, files, pipes). Each phase starts
 * afresh: guilds (no total: rosters are not counted ahead), then characters, counted when their
 * phase starts so that characters the rosters created are in the total.
 */
final class ProgressListener implements CharacterSyncListener, GuildSyncListener, PhaseListener {
  private static final Logger LOG = LoggerFactory.getLogger("guildsync.progress");
  private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
  private static final int BAR_WIDTH = 30;

  private final PrintWriter terminal;
  private final LongSupplier charactersDue;
  private OptionalLong total;
  private String unit = "characters";
  private long start = System.nanoTime();
  private long done;
  private long lastLog = start;

  /**
   * @param terminal where to draw the bar; null to log lines instead
   * @param total how many characters are due, if known, for the percentage and the ETA
   */
  ProgressListener(PrintWriter terminal, OptionalLong total) {
    this(terminal, total, () -> total.orElse(0));
  }

  private ProgressListener(PrintWriter terminal, OptionalLong total, LongSupplier charactersDue) {
    this.terminal = terminal;
    this.total = total;
    this.charactersDue = charactersDue;
  }

  /**
   * A bar on the console when there is one, log lines otherwise.
   *
   * @param charactersDue counts the characters due when their phase starts
   */
  static ProgressListener forConsole(PrintWriter out, LongSupplier charactersDue) {
    return new ProgressListener(
        System.console() != null ? out : null, OptionalLong.empty(), charactersDue);
  }

  @Override
  public void phaseStarted(Phase phase) {
    if (phase == Phase.GUILDS) {
      restart("guilds", OptionalLong.empty());
    } else {
      restart("characters", countCharacters());
    }
  }

  @Override
  public void phaseEnded(Phase phase) {
    finish();
  }

  private OptionalLong countCharacters() {
    try {
      return OptionalLong.of(charactersDue.getAsLong());
    } catch (SyncException e) {
      // Only the bar needs it: the phase reports the database's trouble itself.
      return OptionalLong.empty();
    }
  }

  private void restart(String unit, OptionalLong total) {
    this.unit = unit;
    this.total = total;
    this.start = System.nanoTime();
    this.lastLog = start;
    this.done = 0;
  }

  @Override
  public void batchStarted(int batch, int size) {
    // Counted as items finish.
  }

  @Override
  public void batchFailed(int batch, SyncException error) {
    // The run reports its own failure.
  }

  @Override
  public void guildSynced(GuildOutcome outcome) {
    done++;
  }

  @Override
  public void batchFinished(int batch, GuildSyncReport totals) {
    redraw(batch);
  }

  @Override
  public void characterSynced(CharacterOutcome outcome) {
    done++;
  }

  @Override
  public void batchFinished(int batch, CharacterSyncReport totals) {
    redraw(batch);
  }

  private void redraw(int batch) {
    long now = System.nanoTime();
    if (terminal != null) {
      terminal.print("\r" + line(now));
      terminal.flush();
    } else if (now - lastLog >= LOG_EVERY_NANOS) {
      lastLog = now;
      LOG.info("{} (batch {})", line(now), batch);
    }
  }

  /** Ends the bar's line so the summary starts on a fresh one. */
  void finish() {
    if (terminal != null && done > 0) {
      terminal.println("\r" + line(System.nanoTime()));
      terminal.flush();
    }
  }

  String line(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / seconds;
    StringBuilder line = new StringBuilder();
    if (total.isPresent() && total.getAsLong() > 0) {
      long all = Math.max(total.getAsLong(), done);
      int filled = (int) (BAR_WIDTH * done / all);
      line.append('[')
          .append("#".repeat(filled))
          .append(".".repeat(BAR_WIDTH - filled))
          .append("] ")
          .append(done)
          .append('/')
          .append(all)
          .append(String.format(Locale.ROOT, " %3d%%", 100 * done / all));
      long left = all - done;
      String eta = rate > 0 ? formatDuration((long) (left / rate)) : "?";
      line.append(String.format(Locale.ROOT, "  %.1f %s/s  ETA %s", rate, perSecond(), eta));
    } else {
      line.append(done)
          .append(String.format(Locale.ROOT, " %s  %.1f %s/s", unit, rate, perSecond()));
    }
    return line.toString();
  }

  private String perSecond() {
    return unit.equals("characters") ? "chars" : unit;
  }

  static String formatDuration(long seconds) {
    return String.format(
        Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
