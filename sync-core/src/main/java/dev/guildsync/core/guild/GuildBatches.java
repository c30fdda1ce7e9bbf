package dev.guildsync.core.guild;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.SyncRunFailedException;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.internal.BatchSync;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The guild sync's part of a batch run: claim due guilds, fetch each roster (one request per
 * guild), then per guild read what the rules need, decide its change and save it in one
 * transaction. The run itself is the engine's.
 */
final class GuildBatches
    implements BatchSync<TrackedGuild, FetchResult<GuildRoster>, GuildOutcome, GuildSyncReport> {
  private static final Names NAMES =
      new Names("guild", "roster", "roster", System.getLogger(GuildSyncService.class.getName()));

  private final GuildStorePort store;
  private final GuildRosterPort rosters;
  private final Clock clock;
  private final GuildSyncSettings settings;
  private final GuildSyncRules rules;
  private final GuildSyncListener listener;

  GuildBatches(
      GuildStorePort store,
      GuildRosterPort rosters,
      Clock clock,
      GuildSyncSettings settings,
      GuildSyncListener listener) {
    this.store = store;
    this.rosters = rosters;
    this.clock = clock;
    this.settings = settings;
    this.rules = new GuildSyncRules(settings.run().failureBackoff(), settings.leaveConfirmations());
    this.listener = listener;
  }

  @Override
  public Names names() {
    return NAMES;
  }

  @Override
  public Claimed<TrackedGuild> claim(Instant runStart, Instant now, int limit) {
    return store.claimDueGuilds(settings.run().dueQuery(runStart, now, limit));
  }

  @Override
  public FetchResult<GuildRoster> fetch(TrackedGuild guild) {
    return rosters.fetchRoster(guild.ref(), guild.state().lastModifiedToSend());
  }

  @Override
  public FetchResult<GuildRoster> failedFetch(boolean retryable, String reason) {
    return FetchResult.failed(retryable, reason);
  }

  @Override
  public void sync(
      Claimed<TrackedGuild> claimed,
      List<FetchResult<GuildRoster>> results,
      Steps<GuildOutcome> steps) {
    List<TrackedGuild> guilds = claimed.items();
    for (int i = 0; i < guilds.size(); i++) {
      TrackedGuild guild = guilds.get(i);
      FetchResult<GuildRoster> result = results.get(i);
      GuildSnapshot snapshot =
          result instanceof FetchResult.Found<GuildRoster> found
              ? steps.step(
                  "reading guild " + guild.key(), () -> store.loadGuild(guild, found.value()))
              : GuildSnapshot.empty();
      GuildChange change = rules.decide(guild, result, snapshot, clock.instant());
      GuildSaveResult saved =
          steps.step(
              "saving guild " + guild.key(),
              () -> store.saveGuild(claimed.lease(), change, settings.run().failureBackoff()));
      steps.done(GuildOutcomes.of(guild, change, saved));
    }
  }

  @Override
  public GuildSyncTally newTally() {
    return new GuildSyncTally();
  }

  @Override
  public SyncRunFailedException failed(
      String message, RuntimeException cause, GuildSyncReport partialReport) {
    return new GuildSyncFailedException(message, cause, partialReport);
  }

  @Override
  public String finished(GuildSyncReport report) {
    return "guild sync finished: "
        + report.guilds()
        + " guilds in "
        + report.batches()
        + " batches, "
        + report.failed()
        + " failed, "
        + report.duplicates()
        + " duplicates";
  }

  @Override
  public void batchStarted(int batch, int items) {
    listener.batchStarted(batch, items);
  }

  @Override
  public void synced(GuildOutcome outcome) {
    listener.guildSynced(outcome);
  }

  @Override
  public void batchFinished(int batch, GuildSyncReport totals) {
    listener.batchFinished(batch, totals);
  }

  @Override
  public void batchFailed(int batch, SyncException error) {
    listener.batchFailed(batch, error);
  }
}
