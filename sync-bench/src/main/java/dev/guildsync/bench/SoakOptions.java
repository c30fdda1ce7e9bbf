package dev.guildsync.bench;

import dev.guildsync.example.UsageException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The soak's options; with {@code --soak} the bench runs the soak instead of its measurements. */
final class SoakOptions {
  @Option(
      names = "--soak",
      paramLabel = "DURATION",
      converter = SoakOptions.Minutes.class,
      description =
          "Instead of the measurements, run two 'run --every' instances for DURATION (30m, 3m,"
              + " PT30M) while Battle.net, the database and the instances fail on a schedule;"
              + " exit 1 if a promise broke.")
  Duration soak;

  @Option(
      names = "--soak-characters",
      paramLabel = "N",
      defaultValue = "300",
      description = "Characters the soak keeps in sync (default ${DEFAULT-VALUE}).")
  int soakCharacters;

  @Option(
      names = "--soak-report-recovery-times",
      description =
          "Print how long each recovery took instead of judging it against two intervals; judge"
              + " that every character was synced again within a minute of the last fault. For a"
              + " machine busy with other work (CI), where a recovery time is noise.")
  boolean reportRecoveryTimes;

  /** Runs the soak these options describe; its exit code. */
  int run(PrintWriter out, BenchLog log) throws Exception {
    return new Soak(soak, soakCharacters, !reportRecoveryTimes, out, log).run();
  }

  /** {@code 30m}, {@code 90s}, {@code 1h} or ISO-8601. */
  static final class Minutes implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      try {
        if (v.startsWith("pt")) {
          return Duration.parse(v);
        }
        long n = Long.parseLong(v.substring(0, v.length() - 1));
        return switch (v.charAt(v.length() - 1)) {
          case 's' -> Duration.ofSeconds(n);
          case 'm' -> Duration.ofMinutes(n);
          case 'h' -> Duration.ofHours(n);
          default -> throw new NumberFormatException(v);
        };
      } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
        throw new UsageException("--soak must be a duration such as 30m or PT30M: " + value);
      }
    }
  }
}
