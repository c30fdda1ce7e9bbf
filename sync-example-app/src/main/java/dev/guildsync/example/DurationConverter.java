package dev.guildsync.example;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads every duration of the command line: ISO-8601 ({@code PT6H}, {@code P7D}, {@code PT0S}) or a
 * whole number with a unit ({@code 6h}, {@code 30m}, {@code 7d}, {@code 45s}, {@code 500ms}). No
 * flag takes a negative duration: one is refused here, echoed as typed, so that picocli's message
 * names the flag ({@code Invalid value for option '--active-within': 'PT-24H' is negative ...}).
 */
class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  static final String FORMS =
      "use ISO-8601 (PT6H, P7D, PT0S) or a number with a unit (6h, 30m, 7d)";

  private static final Pattern SHORT = Pattern.compile("(-?\\d{1,9})(ms|s|m|h|d)");

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  /**
   * @throws CommandLine.TypeConversionException naming the accepted forms, or saying that {@code
   *     value} is negative
   */
  static Duration parse(String value) {
    Duration duration = read(value);
    if (duration.isNegative()) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is negative: a duration here must be zero or more");
    }
    return duration;
  }

  private static Duration read(String value) {
    String text = value.strip();
    Matcher shortForm = SHORT.matcher(text.toLowerCase(Locale.ROOT));
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      return switch (shortForm.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a duration: " + FORMS);
    }
  }

  /**
   * For a flag where zero means nothing sensible ({@code --active-within 0d}: nobody is active).
   */
  static final class Positive extends DurationConverter {
    @Override
    public Duration convert(String value) {
      Duration duration = parse(value);
      if (duration.isZero()) {
        throw new CommandLine.TypeConversionException("'" + value + "' must be more than zero");
      }
      return duration;
    }
  }
}
