package dev.guildsync.demo;

import dev.guildsync.RunReport;
import dev.guildsync.core.character.CharacterOutcome;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.UntrackedGuildPolicy;
import dev.guildsync.core.guild.GuildOutcome;
import dev.guildsync.core.guild.GuildSyncListener;
import dev.guildsync.core.guild.GuildSyncSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the guild story's syncs on the demo's clock, keeps what each run did, and keeps the story's
 * expectations: a line that says what was expected whenever one does not hold.
 */
final class DemoGuildRuns {
  /** How long an unavailable guild waits for its recheck here (7 days by default). */
  static final Duration RECHECK = Duration.ofHours(1);

  private static final GuildSyncSettings GUILDS =
      GuildSyncSettings.newBuilder().staleAfter(Duration.ZERO).unavailableRecheck(RECHECK).build();

  private final DemoWiring wiring;
  private final PrintWriter out;
  private final DemoClock clock = new DemoClock();
  private final List<String> unexpected = new ArrayList<>();

  /** What one run did: its reports and each guild's and character's outcome. */
  record Run(RunReport outcome, List<GuildOutcome> guilds, List<CharacterOutcome> characters) {
    /** The outcome of the guild with this local key; the run must have synced it. */
    GuildOutcome guild(long key) {
      return guilds.stream()
          .filter(g -> g.result().item().key().value() == key)
          .findFirst()
          .orElseThrow();
    }

    boolean synced(long guildKey) {
      return guilds.stream().anyMatch(g -> g.result().item().key().value() == guildKey);
    }
  }

  DemoGuildRuns(DemoWiring wiring, PrintWriter out) {
    this.wiring = wiring;
    this.out = out;
  }

  DemoClock clock() {
    return clock;
  }

  /** The guild phase alone: every available guild's roster (as {@code --only guilds}). */
  Run guilds() {
    return run(true, false, UntrackedGuildPolicy.REPORT);
  }

  /** The character phase alone, every available character (as {@code --only characters}). */
  Run characters(UntrackedGuildPolicy untrackedGuilds) {
    return run(false, true, untrackedGuilds);
  }

  /** A whole sync: guilds, then characters, so that members created from rosters get profiles. */
  Run both() {
    return run(true, true, UntrackedGuildPolicy.REPORT);
  }

  private Run run(
      boolean guildPhase, boolean characterPhase, UntrackedGuildPolicy untrackedGuilds) {
    CharacterSyncSettings characters =
        CharacterSyncSettings.newBuilder()
            .staleAfter(Duration.ZERO)
            .untrackedGuilds(untrackedGuilds)
            .build();
    List<GuildOutcome> guilds = new ArrayList<>();
    List<CharacterOutcome> profiles = new ArrayList<>();
    RunReport outcome =
        wiring.run(
            guildPhase ? Optional.of(GUILDS) : Optional.empty(),
            characterPhase ? Optional.of(characters) : Optional.empty(),
            new GuildSyncListener() {
              @Override
              public void guildSynced(GuildOutcome o) {
                guilds.add(o);
              }
            },
            new CharacterSyncListener() {
              @Override
              public void characterSynced(CharacterOutcome o) {
                profiles.add(o);
              }
            },
            clock);
    return new Run(outcome, guilds, profiles);
  }

  /** Prints one explained result: {@code -> what}. */
  void says(String format, Object... args) {
    out.printf(Locale.ROOT, "  -> " + format + "%n", args);
  }

  /** Records {@code what} as expected; when {@code holds} is false, says so at once. */
  void expect(boolean holds, String what) {
    if (!holds) {
      unexpected.add(what);
      out.printf(Locale.ROOT, "  UNEXPECTED: expected %s%n", what);
    }
  }

  /** The expectations that did not hold, in order. */
  List<String> unexpected() {
    return List.copyOf(unexpected);
  }
}
