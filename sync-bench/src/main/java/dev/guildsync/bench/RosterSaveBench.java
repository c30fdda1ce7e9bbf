package dev.guildsync.bench;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.GuildSyncService;
import dev.guildsync.core.guild.GuildSyncSettings;
import dev.guildsync.core.guild.RosterMember;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import javax.sql.DataSource;

/**
 * Measurement 6: one guild's roster saved by the real {@link GuildSyncService} over the real jOOQ
 * guild store, from a scripted roster source that always answers 200 (so an unchanged roster is
 * saved and measured, not skipped as a 304 would be). Four steps per repetition, on emptied tables:
 * the first sync, the same roster again, a roster missing the leavers once (not yet a leave), and
 * the changed roster (the leavers missing a second time, so left; joiners; rank changes; renames).
 */
final class RosterSaveBench {
  private static final String REALM = "argent-dawn";
  private static final String GUILD = "Bench Roster";
  private static final String LAST_MODIFIED = "Tue, 24 Nov 2026 09:00:00 GMT";
  private static final long FIRST_ID = 600_000_000L;

  /** One step over every repetition; {@code report} is the last repetition's. */
  record Step(
      String label,
      List<MeteredGuildStore.Call> claims,
      List<MeteredGuildStore.Call> loads,
      List<MeteredGuildStore.Call> saves,
      GuildSyncReport report) {}

  /** The scenario's steps and the changes of the last one. */
  record Result(
      int members,
      int repetitions,
      int joins,
      int leaves,
      int rankChanges,
      int renames,
      List<Step> steps) {
    int changes() {
      return joins + leaves + rankChanges + renames;
    }

    /** The unchanged re-sync: the second step of every repetition. */
    Step unchanged() {
      return steps.get(1);
    }
  }

  private final DataSource dataSource;
  private final MeteredGuildStore store;
  private final int members;
  private final int joins;
  private final int leaves;
  private final int rankChanges;
  private final int renames;

  RosterSaveBench(DataSource dataSource, int members, int changes) {
    this.dataSource = dataSource;
    this.store = new MeteredGuildStore(dataSource);
    this.members = members;
    this.joins = Math.max(1, changes / 5);
    this.leaves = joins;
    this.rankChanges = Math.max(1, (changes - 2 * joins) / 2);
    this.renames = Math.max(1, changes - 2 * joins - rankChanges);
  }

  /** An untimed repetition, then {@code repetitions} measured ones. */
  Result measure(int repetitions, BenchLog log) throws SQLException {
    log.progress("6 roster save: %,d members, warming up (untimed)...", members);
    repetition(new ArrayList<>());
    List<List<Step>> runs = new ArrayList<>();
    for (int r = 1; r <= repetitions; r++) {
      log.progress("6 roster save: %,d members, repetition %d of %d...", members, r, repetitions);
      List<Step> steps = new ArrayList<>();
      repetition(steps);
      runs.add(steps);
    }
    List<Step> merged = new ArrayList<>();
    for (int s = 0; s < runs.get(0).size(); s++) {
      List<MeteredGuildStore.Call> claims = new ArrayList<>();
      List<MeteredGuildStore.Call> loads = new ArrayList<>();
      List<MeteredGuildStore.Call> saves = new ArrayList<>();
      for (List<Step> run : runs) {
        claims.addAll(run.get(s).claims());
        loads.addAll(run.get(s).loads());
        saves.addAll(run.get(s).saves());
      }
      Step last = runs.get(runs.size() - 1).get(s);
      merged.add(new Step(last.label(), claims, loads, saves, last.report()));
    }
    return new Result(members, repetitions, joins, leaves, rankChanges, renames, merged);
  }

  private void repetition(List<Step> steps) throws SQLException {
    BenchDatabases.execute(
        dataSource,
        "TRUNCATE guild_member_events, guild_members, guild_ranks, guild_claims,"
            + " character_claims, sync_leases, characters, guilds CASCADE",
        "CHECKPOINT");
    store.store().trackGuild(Region.EU, REALM, GUILD);
    AtomicReference<GuildRoster> served = new AtomicReference<>();
    GuildSyncService service =
        GuildSyncService.newBuilder()
            .guildStore(store)
            .rosterSource((guild, lastModified) -> FetchResult.found(served.get(), LAST_MODIFIED))
            .settings(
                GuildSyncSettings.newBuilder()
                    .staleAfter(Duration.ZERO)
                    .concurrency(1)
                    .executor(Runnable::run)
                    .build())
            .build();
    List<RosterMember> first = roster(m -> true, false);
    List<RosterMember> missing = roster(m -> !leaver(m), false);
    List<RosterMember> changed = roster(m -> !leaver(m), true);
    step(steps, service, served, first, "first sync");
    step(steps, service, served, first, "unchanged re-sync (200, same roster)");
    step(steps, service, served, missing, "leavers missing once (" + leaves + ", not yet left)");
    step(
        steps,
        service,
        served,
        changed,
        String.format(
            "%d changes (%d joins, %d leaves, %d ranks, %d renames)",
            joins + leaves + rankChanges + renames, joins, leaves, rankChanges, renames));
  }

  private void step(
      List<Step> steps,
      GuildSyncService service,
      AtomicReference<GuildRoster> served,
      List<RosterMember> roster,
      String label) {
    served.set(
        new GuildRoster(
            BnetGuildId.of(115_248_327L), GUILD, REALM, Optional.of(Faction.ALLIANCE), roster));
    store.clear();
    GuildSyncReport report = service.run();
    if (report.guilds() != 1 || store.saves.size() != 1) {
      throw new IllegalStateException("roster save bench: expected one guild saved: " + report);
    }
    steps.add(
        new Step(
            label,
            List.of(store.claims.get(0)),
            List.copyOf(store.loads),
            List.copyOf(store.saves),
            report));
  }

  /** Member 1 is the guild master; the leavers, rank changers and renamed follow, in that order. */
  private boolean leaver(int m) {
    return m >= 2 && m < 2 + leaves;
  }

  private List<RosterMember> roster(IntPredicate kept, boolean changed) {
    List<RosterMember> list = new ArrayList<>(members + joins);
    int ranksFrom = 2 + leaves;
    int renamesFrom = ranksFrom + rankChanges;
    for (int m = 1; m <= members; m++) {
      if (!kept.test(m)) {
        continue;
      }
      int rank = m == 1 ? 0 : 1 + m % 9;
      String name = "Member" + m;
      if (changed && m >= ranksFrom && m < renamesFrom) {
        rank = rank == 9 ? 1 : rank + 1;
      } else if (changed && m >= renamesFrom && m < renamesFrom + renames) {
        name = "Renamed" + m;
      }
      list.add(member(FIRST_ID + m, name, m, rank));
    }
    for (int j = 1; changed && j <= joins; j++) {
      list.add(member(FIRST_ID + members + j, "Joiner" + j, members + j, 9));
    }
    return list;
  }

  private static RosterMember member(long id, String name, int m, int rank) {
    return new RosterMember(
        BnetCharacterId.of(id),
        new CharacterRef(Region.EU, REALM, name),
        m % 4 == 0 ? 10 + m % 70 : 80,
        1 + m % 13,
        1 + m % 11,
        rank);
  }
}
