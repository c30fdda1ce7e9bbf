package dev.guildsync.core.character;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.SyncRunFailedException;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.detail.DetailUpdate;
import dev.guildsync.core.internal.BatchSync;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The character sync's part of a batch run: claim due characters (with status checks when there is
 * a status source), fetch each one's profile or status, look the batch's guilds up once per region,
 * decide every character's change and save the batch in one go. The run itself is the engine's.
 */
final class CharacterBatches
    implements BatchSync<DueCharacter, Answer, CharacterSyncTally.Synced, CharacterSyncReport> {
  private static final Names NAMES =
      new Names(
          "character", "profile", "fetch", System.getLogger(CharacterSyncService.class.getName()));

  private final BatchGuilds guilds;
  private final CharacterStorePort store;
  private final CharacterProfilePort profiles;
  private final Optional<CharacterStatusPort> statuses;
  private final Clock clock;
  private final CharacterSyncSettings settings;
  private final CharacterSyncRules rules;
  private final CharacterSyncListener listener;
  private final CharacterDetails details;

  CharacterBatches(
      BatchGuilds guilds,
      CharacterStorePort store,
      CharacterProfilePort profiles,
      Optional<CharacterStatusPort> statuses,
      Clock clock,
      CharacterSyncSettings settings,
      CharacterSyncListener listener,
      CharacterDetails details) {
    this.guilds = guilds;
    this.store = store;
    this.profiles = profiles;
    this.statuses = statuses;
    this.clock = clock;
    this.settings = settings;
    this.rules = new CharacterSyncRules(settings.run().failureBackoff(), settings.retention());
    this.listener = listener;
    this.details = details;
  }

  @Override
  public Names names() {
    return NAMES;
  }

  @Override
  public Claimed<DueCharacter> claim(Instant runStart, Instant now, int limit) {
    DueQuery query = settings.dueQuery(runStart, now, limit);
    return store.claimDueCharacters(statuses.isPresent() ? query : query.withoutStatusChecks());
  }

  @Override
  public Answer fetch(DueCharacter character) {
    return Answer.fetch(profiles, statuses, details, character);
  }

  @Override
  public Answer failedFetch(boolean retryable, String reason) {
    return new Answer.Failure(retryable, reason);
  }

  @Override
  public void sync(
      Claimed<DueCharacter> claimed, List<Answer> answers, Steps<CharacterSyncTally.Synced> steps) {
    List<DueCharacter> characters = claimed.items();
    Answer.Profiled profiled = Answer.profiled(characters, answers);
    Map<Region, Map<BnetGuildId, GuildKey>> tracked =
        steps.step(
            "looking up guilds", () -> guilds.resolve(profiled.characters(), profiled.results()));
    Instant now = clock.instant();
    List<CharacterChange> changes = new ArrayList<>(characters.size());
    for (int i = 0; i < characters.size(); i++) {
      DueCharacter character = characters.get(i);
      Answer answer = answers.get(i);
      if (statuses.isPresent() && character.statusCheck()) {
        changes.add(rules.decideStatus(character, answer.status(), now));
      } else {
        Map<BnetGuildId, GuildKey> inRegion =
            tracked.getOrDefault(character.ref().region(), Map.of());
        CharacterChange change = rules.decide(character, answer.profile(), inRegion, now);
        changes.add(CharacterDetails.attach(change, detailUpdates(character, answer, now)));
      }
    }
    CharacterSaveResult saved =
        steps.step(
            "saving",
            () -> store.saveCharacters(claimed.lease(), changes, settings.run().failureBackoff()));
    for (int i = 0; i < characters.size(); i++) {
      CharacterOutcome outcome = Outcomes.of(characters.get(i), changes.get(i), saved);
      boolean dropped = saved.guildLinksDropped().contains(outcome.character().key());
      steps.done(new CharacterSyncTally.Synced(outcome, dropped));
    }
  }

  private static List<DetailUpdate> detailUpdates(
      DueCharacter character, Answer answer, Instant now) {
    if (answer.details().results().isEmpty()) {
      return List.of();
    }
    Optional<BnetCharacterId> expected =
        character
            .bnetCharacterId()
            .or(
                () ->
                    answer.profile() instanceof FetchResult.Found<CharacterProfile> found
                        ? Optional.of(found.value().id())
                        : Optional.empty());
    return CharacterDetails.updates(character, expected, answer.details(), now);
  }

  @Override
  public CharacterSyncTally newTally() {
    return new CharacterSyncTally(settings.details());
  }

  @Override
  public SyncRunFailedException failed(
      String message, RuntimeException cause, CharacterSyncReport partialReport) {
    return new CharacterSyncFailedException(message, cause, partialReport);
  }

  @Override
  public String finished(CharacterSyncReport report) {
    return String.format(
        "sync finished: %d characters in %d batches, %d failed, %d untracked guilds",
        report.characters(), report.batches(), report.failed(), report.untrackedGuilds().size());
  }

  @Override
  public void batchStarted(int batch, int items) {
    listener.batchStarted(batch, items);
  }

  @Override
  public void synced(CharacterSyncTally.Synced synced) {
    listener.characterSynced(synced.outcome());
  }

  @Override
  public void batchFinished(int batch, CharacterSyncReport totals) {
    listener.batchFinished(batch, totals);
  }

  @Override
  public void batchFailed(int batch, SyncException error) {
    listener.batchFailed(batch, error);
  }
}
