package dev.guildsync.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.example.UsageException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The soak's verdict on what it sampled, and its duration option. */
class SoakSeriesTest {

  private static String print(SoakSeries series, boolean expected) {
    StringWriter text = new StringWriter();
    assertThat(series.print(new PrintWriter(text, true))).isEqualTo(expected);
    return text.toString();
  }

  @Test
  void aFlatOrNoisySeriesIsBoundedAndAGrowingOneIsNot() {
    SoakSeries series = new SoakSeries();
    for (int i = 0; i < 20; i++) {
      series.add("threads", i, 40 + i % 3);
      series.add("heap", i, 100 + 10L * i);
    }

    String text = print(series, false);

    assertThat(text).containsPattern("threads +20 +42 +42 bounded");
    assertThat(text).containsPattern("heap +20 +190 +290 GROWING");
  }

  @Test
  void aReportedSeriesIsPrintedNotJudgedAndUnknownValuesAreLeftOut() {
    SoakSeries series = new SoakSeries();
    for (int i = 0; i < 10; i++) {
      series.report("rows kept an hour", i, 10L * i);
      series.add("open files", i, i == 5 ? -1 : 70);
    }

    String text = print(series, true);

    assertThat(text).containsPattern("rows kept an hour +10 +40 +90 \\(reported\\)");
    assertThat(text).containsPattern("open files +9 +70 +70 bounded");
  }

  @Test
  void durationsAreReadAsPeopleTypeThem() {
    SoakOptions.Minutes minutes = new SoakOptions.Minutes();
    assertThat(minutes.convert("30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(minutes.convert("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(minutes.convert("PT3M")).isEqualTo(Duration.ofMinutes(3));
    assertThatThrownBy(() -> minutes.convert("soon")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> minutes.convert("m")).isInstanceOf(UsageException.class);
  }
}
