package dev.guildsync.example;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads every duration of the command line: ISO-8601 ({@code PT6H}, {@code P7D}, {@code PT0S}) or a
 * whole number with a unit ({@code 6h}, {@code 30m}, {@code 7d}, {@code 45s}, {@code 500ms}).
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  static final String FORMS =
      "use ISO-8601 (PT6H, P7D, PT0S) or a number with a unit (6h, 30m, 7d)";

  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  /**
   * @throws CommandLine.TypeConversionException naming the accepted forms
   */
  static Duration parse(String value) {
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
}
