package dev.guildsync.core.guild;

import dev.guildsync.core.internal.BatchSync;
import dev.guildsync.core.internal.OutcomeCounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Adds up a run's guild outcomes into a {@link GuildSyncReport}. Used by one thread at a time. */
final class GuildSyncTally implements BatchSync.Tally<GuildOutcome, GuildSyncReport> {
  private final OutcomeCounts<GuildSyncOutcome> outcomes =
      new OutcomeCounts<>(GuildSyncOutcome.class, GuildSyncOutcome.FAILED);
  private final Map<MemberEventKind, Integer> events = new EnumMap<>(MemberEventKind.class);
  private final List<DuplicateGuild> duplicates = new ArrayList<>();
  private final List<TrackedGuild> notFound = new ArrayList<>();
  private int charactersCreated;

  @Override
  public void add(GuildOutcome outcome) {
    outcomes.add(outcome.result());
    outcome.events().forEach(e -> events.merge(e.kind(), 1, Integer::sum));
    charactersCreated += outcome.charactersCreated();
    outcome.duplicate().ifPresent(duplicates::add);
    if (outcome.result().outcome() == GuildSyncOutcome.NOT_FOUND) {
      notFound.add(outcome.result().item());
    }
  }

  @Override
  public GuildSyncReport report(int batches, Duration duration) {
    return new GuildSyncReport(
        outcomes.count(GuildSyncOutcome.UPDATED),
        outcomes.count(GuildSyncOutcome.UNCHANGED),
        outcomes.count(GuildSyncOutcome.NOT_FOUND),
        outcomes.count(GuildSyncOutcome.FAILED),
        outcomes.count(GuildSyncOutcome.DUPLICATE),
        outcomes.count(GuildSyncOutcome.LEASE_LOST),
        outcomes.count(GuildSyncOutcome.DELETED),
        events.getOrDefault(MemberEventKind.JOINED, 0),
        events.getOrDefault(MemberEventKind.LEFT, 0),
        events.getOrDefault(MemberEventKind.REJOINED, 0),
        events.getOrDefault(MemberEventKind.RANK_CHANGED, 0),
        events.getOrDefault(MemberEventKind.RENAMED, 0),
        charactersCreated,
        duplicates,
        notFound,
        outcomes.failureReasons(),
        batches,
        duration);
  }
}
