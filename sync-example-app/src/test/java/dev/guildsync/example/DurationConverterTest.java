package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class DurationConverterTest {

  @Test
  void shortFormsWithAUnit() {
    assertThat(DurationConverter.parse("6h")).isEqualTo(Duration.ofHours(6));
    assertThat(DurationConverter.parse("30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(DurationConverter.parse("7d")).isEqualTo(Duration.ofDays(7));
    assertThat(DurationConverter.parse("45s")).isEqualTo(Duration.ofSeconds(45));
    assertThat(DurationConverter.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(DurationConverter.parse("0s")).isZero();
    assertThat(DurationConverter.parse("6H")).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void isoForms() {
    assertThat(DurationConverter.parse("PT6H")).isEqualTo(Duration.ofHours(6));
    assertThat(DurationConverter.parse("P7D")).isEqualTo(Duration.ofDays(7));
    assertThat(DurationConverter.parse("PT0S")).isZero();
    assertThat(DurationConverter.parse("pt1m30s")).isEqualTo(Duration.ofSeconds(90));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "6", "h", "6 hours", "6w", "1.5h", "9999999999h"})
  void anythingElseNamesTheAcceptedForms(String value) {
    assertThatThrownBy(() -> DurationConverter.parse(value))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessage("'" + value + "' is not a duration: " + DurationConverter.FORMS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-6h", "-1d", "PT-24H", "P-1D", "-PT6H", " -30m "})
  void aNegativeDurationIsNamedAsTypedNotAsNotADuration(String value) {
    assertThatThrownBy(() -> DurationConverter.parse(value))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessage("'" + value + "' is negative: a duration here must be zero or more");
  }

  @Test
  void negativeZeroIsZero() {
    assertThat(DurationConverter.parse("-0s")).isZero();
  }
}
