package dev.guildsync.bench;

import dev.guildsync.example.UsageException;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code bench} options of the guild measurements and of the section selection. */
final class GuildBenchOptions {
  @Option(
      names = "--sections",
      split = ",",
      paramLabel = "NAME",
      description =
          "Measurements to run (default all): store, end-to-end, quota, memory, shared-quota,"
              + " roster-save, guild-economy.")
  List<String> sections;

  @Option(
      names = "--roster-members",
      paramLabel = "N",
      description = "Members of the roster saved by measurement 6 (default 1000; quick 100).")
  Integer rosterMembers;

  @Option(
      names = "--roster-repetitions",
      paramLabel = "N",
      description = "Repetitions of measurement 6, reported as medians (default 5; quick 3).")
  Integer rosterRepetitions;

  @Option(
      names = "--guild-world",
      paramLabel = "GxM",
      description = "Guilds x members of the world of measurement 7 (default 500x40; quick 20x10).")
  String guildWorld;

  /** The guild measurements' sizes: these options over the defaults (or quick ones). */
  GuildPlan plan(boolean quick) {
    String world = guildWorld == null ? (quick ? "20x10" : "500x40") : guildWorld;
    String[] parts = world.toLowerCase(java.util.Locale.ROOT).split("x", -1);
    if (parts.length != 2) {
      throw new UsageException("--guild-world must be GUILDSxMEMBERS, e.g. 500x40: " + world);
    }
    try {
      return new GuildPlan(
          orDefault(rosterMembers, quick ? 100 : 1_000, 20, 1_000),
          orDefault(rosterRepetitions, quick ? 3 : 5, 1, 100),
          orDefault(Integer.valueOf(parts[0].trim()), 0, 1, 100_000),
          orDefault(Integer.valueOf(parts[1].trim()), 0, 1, 1_000));
    } catch (NumberFormatException e) {
      throw new UsageException("--guild-world must be GUILDSxMEMBERS, e.g. 500x40: " + world);
    }
  }

  private static int orDefault(Integer value, int fallback, int min, int max) {
    int n = value == null ? fallback : value;
    if (n < min || n > max) {
      throw new UsageException(
          "guild bench sizes must be between " + min + " and " + max + ": " + n);
    }
    return n;
  }
}
