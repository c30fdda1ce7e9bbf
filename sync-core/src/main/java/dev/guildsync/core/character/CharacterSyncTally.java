package dev.guildsync.core.character;

import static dev.guildsync.core.character.CharacterSyncOutcome.DELETED;
import static dev.guildsync.core.character.CharacterSyncOutcome.FAILED;
import static dev.guildsync.core.character.CharacterSyncOutcome.IDENTITY_CHANGED;
import static dev.guildsync.core.character.CharacterSyncOutcome.LEASE_LOST;
import static dev.guildsync.core.character.CharacterSyncOutcome.MARKED_INVALID;
import static dev.guildsync.core.character.CharacterSyncOutcome.NOT_FOUND;
import static dev.guildsync.core.character.CharacterSyncOutcome.PURGED;
import static dev.guildsync.core.character.CharacterSyncOutcome.UNCHANGED;
import static dev.guildsync.core.character.CharacterSyncOutcome.UPDATED;
import static dev.guildsync.core.character.CharacterSyncOutcome.VALIDATED;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.Region;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.internal.BatchSync;
import dev.guildsync.core.internal.OutcomeCounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adds up a run's outcomes into a {@link CharacterSyncReport}. Used by one thread at a time. */
final class CharacterSyncTally
    implements BatchSync.Tally<CharacterSyncTally.Synced, CharacterSyncReport> {

  /**
   * One character's outcome as the run counts it.
   *
   * @param outcome what the listener hears
   * @param linkDropped whether the store wrote its guild link as NULL: the guild was deleted first
   */
  record Synced(CharacterOutcome outcome, boolean linkDropped) {}

  private record GuildId(Region region, BnetGuildId id) {}

  private final OutcomeCounts<CharacterSyncOutcome> outcomes =
      new OutcomeCounts<>(CharacterSyncOutcome.class, FAILED);
  private final Map<GuildLinkKind, Integer> links = new EnumMap<>(GuildLinkKind.class);
  private final Map<GuildId, UntrackedGuild> untracked = new LinkedHashMap<>();
  private final Map<CharacterDetail, CharacterSyncReport.DetailCounts> details =
      new EnumMap<>(CharacterDetail.class);
  private int guildLinksDropped;

  /** A tally whose report has an entry for each of {@code enabled}, zeros included. */
  CharacterSyncTally(Set<CharacterDetail> enabled) {
    enabled.forEach(d -> details.put(d, CharacterSyncReport.DetailCounts.NONE));
  }

  @Override
  public void add(Synced synced) {
    CharacterOutcome outcome = synced.outcome();
    outcomes.add(outcome.result());
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
    outcome
        .details()
        .forEach(
            (detail, fetch) ->
                details.merge(
                    detail,
                    CharacterSyncReport.DetailCounts.NONE.plus(fetch),
                    (a, b) -> a.plus(fetch)));
    if (synced.linkDropped()) {
      guildLinksDropped++;
    }
  }

  @Override
  public CharacterSyncReport report(int batches, Duration duration) {
    List<UntrackedGuild> guilds = new ArrayList<>(untracked.values());
    guilds.sort(
        Comparator.comparingInt(UntrackedGuild::characters)
            .reversed()
            .thenComparing(UntrackedGuild::region)
            .thenComparing(g -> g.bnetGuildId().value()));
    return new CharacterSyncReport(
        outcomes.count(UPDATED),
        outcomes.count(UNCHANGED),
        outcomes.count(NOT_FOUND),
        outcomes.count(IDENTITY_CHANGED),
        outcomes.count(FAILED),
        outcomes.count(LEASE_LOST),
        links.getOrDefault(GuildLinkKind.LINKED, 0),
        links.getOrDefault(GuildLinkKind.UNTRACKED, 0),
        links.getOrDefault(GuildLinkKind.NONE, 0),
        guildLinksDropped,
        guilds,
        outcomes.failureReasons(),
        new CharacterSyncReport.RetentionCounts(
            outcomes.count(VALIDATED),
            outcomes.count(PURGED),
            outcomes.count(DELETED),
            outcomes.count(MARKED_INVALID)),
        batches,
        duration,
        details);
  }
}
