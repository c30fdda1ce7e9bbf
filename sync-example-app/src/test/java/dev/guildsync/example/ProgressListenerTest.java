package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.ItemOutcome;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterOutcome;
import dev.guildsync.core.character.CharacterSyncOutcome;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.claim.SyncState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {
  private static final CharacterOutcome UPDATED =
      new CharacterOutcome(
          new ItemOutcome<>(
              new DueCharacter(
                  CharacterKey.of(1),
                  new CharacterRef(Region.EU, "argent-dawn", "Ærøn"),
                  Optional.empty(),
                  Optional.empty(),
                  SyncState.neverSynced(),
                  false),
              CharacterSyncOutcome.UPDATED,
              Optional.empty()),
          Optional.empty());

  @Test
  void aBarShowsDoneTotalPercentRateAndEta() {
    StringWriter screen = new StringWriter();
    ProgressListener progress =
        new ProgressListener(new PrintWriter(screen, true), OptionalLong.of(400));
    for (int i = 0; i < 100; i++) {
      progress.characterSynced(UPDATED);
    }

    progress.batchFinished(1, (CharacterSyncReport) null);

    assertThat(screen.toString())
        .startsWith("\r[#######.......................] 100/400  25%  ")
        .containsPattern("\\d+\\.\\d chars/s  ETA \\d+:\\d\\d:\\d\\d$");
  }

  @Test
  void withoutATotalItCountsAndShowsTheRate() {
    ProgressListener progress = new ProgressListener(null, OptionalLong.empty());
    progress.characterSynced(UPDATED);

    assertThat(progress.line(System.nanoTime())).matches("1 characters  \\d+\\.\\d chars/s");
  }

  @Test
  void durationsReadAsHoursMinutesSeconds() {
    assertThat(ProgressListener.formatDuration(3_725)).isEqualTo("1:02:05");
    assertThat(ProgressListener.formatDuration(59)).isEqualTo("0:00:59");
  }
}
