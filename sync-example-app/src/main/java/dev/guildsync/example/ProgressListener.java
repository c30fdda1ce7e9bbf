package dev.guildsync.example;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a run's progress: a bar with rate and ETA redrawn in place on a terminal, or a log line at
 * most every few seconds when output is not a terminal (CI, files, pipes). One instance per phase:
 * guilds (no total: rosters are not counted ahead) then characters.
 */
final class ProgressListener implements CharacterSyncListener, GuildSyncListener {
  private static final Logger LOG = LoggerFactory.getLogger("guildsync.progress");
  private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
  private static final int BAR_WIDTH = 30;

  private final PrintWriter terminal;
  private final OptionalLong total;
  private final String unit;
  private final long start = System.nanoTime();
  private long done;
  private long lastLog = start;

  /**
   * @param terminal where to draw the bar; null to log lines instead
   * @param total how many characters are due, if known, for the percentage and the ETA
   */
  ProgressListener(PrintWriter terminal, OptionalLong total) {
    this(terminal, total, "characters");
  }

  /**
   * @param unit what is counted, e.g. {@code "guilds"}
   */
  ProgressListener(PrintWriter terminal, OptionalLong total, String unit) {
    this.terminal = terminal;
    this.total = total;
    this.unit = unit;
  }

  /** A bar on the console when there is one, log lines otherwise. */
  static ProgressListener forConsole(PrintWriter out, OptionalLong total) {
    return forConsole(out, total, "characters");
  }

  /** A bar on the console when there is one, log lines otherwise, counting {@code unit}. */
  static ProgressListener forConsole(PrintWriter out, OptionalLong total, String unit) {
    return new ProgressListener(System.console() != null ? out : null, total, unit);
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
