package dev.guildsync.core.guild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adds up a run's guild outcomes into a {@link GuildSyncReport}. Used by one thread at a time. */
final class GuildSyncTally {
  private final Map<GuildSyncOutcome, Integer> outcomes = new EnumMap<>(GuildSyncOutcome.class);
  private final Map<MemberEventKind, Integer> events = new EnumMap<>(MemberEventKind.class);
  private final List<DuplicateGuild> duplicates = new ArrayList<>();
  private final Map<String, Integer> failureReasons = new HashMap<>();
  private int charactersCreated;
  private int batches;

  void add(GuildOutcome outcome) {
    outcomes.merge(outcome.outcome(), 1, Integer::sum);
    outcome.events().forEach(e -> events.merge(e.kind(), 1, Integer::sum));
    charactersCreated += outcome.charactersCreated();
    outcome.duplicate().ifPresent(duplicates::add);
    if (outcome.outcome() == GuildSyncOutcome.FAILED) {
      failureReasons.merge(outcome.detail().orElse("unknown"), 1, Integer::sum);
    }
  }

  void batchDone() {
    batches++;
  }

  GuildSyncReport report(Duration duration) {
    return new GuildSyncReport(
        count(GuildSyncOutcome.UPDATED),
        count(GuildSyncOutcome.UNCHANGED),
        count(GuildSyncOutcome.NOT_FOUND),
        count(GuildSyncOutcome.FAILED),
        count(GuildSyncOutcome.DUPLICATE),
        count(GuildSyncOutcome.LEASE_LOST),
        count(GuildSyncOutcome.DELETED),
        events.getOrDefault(MemberEventKind.JOINED, 0),
        events.getOrDefault(MemberEventKind.LEFT, 0),
        events.getOrDefault(MemberEventKind.REJOINED, 0),
        events.getOrDefault(MemberEventKind.RANK_CHANGED, 0),
        events.getOrDefault(MemberEventKind.RENAMED, 0),
        charactersCreated,
        duplicates,
        failureReasons,
        batches,
        duration);
  }

  private int count(GuildSyncOutcome outcome) {
    return outcomes.getOrDefault(outcome, 0);
  }
}
