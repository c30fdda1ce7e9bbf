package dev.guildsync.core.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.Region;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds up a run's outcomes into a {@link CharacterSyncReport}. Used by one thread at a time. */
final class CharacterSyncTally {
  private record GuildId(Region region, BnetGuildId id) {}

  private final Map<CharacterSyncOutcome, Integer> outcomes =
      new EnumMap<>(CharacterSyncOutcome.class);
  private final Map<GuildLinkKind, Integer> links = new EnumMap<>(GuildLinkKind.class);
  private final Map<GuildId, UntrackedGuild> untracked = new LinkedHashMap<>();
  private final Map<String, Integer> failureReasons = new HashMap<>();
  private int guildLinksDropped;
  private int batches;

  void add(CharacterOutcome outcome) {
    outcomes.merge(outcome.outcome(), 1, Integer::sum);
    outcome.guildLink().ifPresent(kind -> links.merge(kind, 1, Integer::sum));
    if (outcome.guildLink().orElse(null) == GuildLinkKind.UNTRACKED) {
      ProfileGuild g = outcome.guild().orElseThrow();
      Region region = outcome.character().ref().region();
      untracked.merge(
          new GuildId(region, g.bnetGuildId()),
          new UntrackedGuild(region, g.bnetGuildId(), g.name(), g.realmSlug(), 1),
          (a, b) ->
              new UntrackedGuild(
                  a.region(), a.bnetGuildId(), a.name(), a.realmSlug(), a.characters() + 1));
    }
    if (outcome.outcome() == CharacterSyncOutcome.FAILED) {
      failureReasons.merge(outcome.detail().orElse("unknown"), 1, Integer::sum);
    }
  }

  void linkDropped() {
    guildLinksDropped++;
  }

  void batchSaved() {
    batches++;
  }

  CharacterSyncReport report(Duration duration) {
    List<UntrackedGuild> guilds = new ArrayList<>(untracked.values());
    guilds.sort(
        Comparator.comparingInt(UntrackedGuild::characters)
            .reversed()
            .thenComparing(UntrackedGuild::region)
            .thenComparing(g -> g.bnetGuildId().value()));
    return new CharacterSyncReport(
        outcomes.getOrDefault(CharacterSyncOutcome.UPDATED, 0),
        outcomes.getOrDefault(CharacterSyncOutcome.UNCHANGED, 0),
        outcomes.getOrDefault(CharacterSyncOutcome.NOT_FOUND, 0),
        outcomes.getOrDefault(CharacterSyncOutcome.IDENTITY_CHANGED, 0),
        outcomes.getOrDefault(CharacterSyncOutcome.FAILED, 0),
        outcomes.getOrDefault(CharacterSyncOutcome.LEASE_LOST, 0),
        links.getOrDefault(GuildLinkKind.LINKED, 0),
        links.getOrDefault(GuildLinkKind.UNTRACKED, 0),
        links.getOrDefault(GuildLinkKind.NONE, 0),
        guildLinksDropped,
        guilds,
        failureReasons,
        new CharacterSyncReport.RetentionCounts(
            outcomes.getOrDefault(CharacterSyncOutcome.VALIDATED, 0),
            outcomes.getOrDefault(CharacterSyncOutcome.PURGED, 0),
            outcomes.getOrDefault(CharacterSyncOutcome.DELETED, 0),
            outcomes.getOrDefault(CharacterSyncOutcome.MARKED_INVALID, 0)),
        batches,
        duration);
  }
}
