package dev.guildsync.core.guild;

import dev.guildsync.core.PhaseReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a guild sync run did.
 *
 * @param updated guilds whose roster changed something
 * @param unchanged guilds answered 304, or whose roster changed nothing
 * @param notFound guilds marked unavailable after a 404 or 403
 * @param failed guilds whose fetch failed or whose roster was empty (data kept, backed off)
 * @param duplicates guilds whose roster named an id another local guild holds (nothing written)
 * @param leaseLost guilds not written because another run took them over
 * @param deleted guilds deleted during the sync
 * @param joined members that joined
 * @param left members whose leave was recorded
 * @param rejoined members back after a recorded leave
 * @param rankChanged members with another rank
 * @param renamed characters renamed in place
 * @param charactersCreated characters inserted for new members
 * @param duplicateGuilds the duplicates, in the order met
 * @param notFoundGuilds the guilds Battle.net did not serve ({@code notFound} of them), as claimed,
 *     in the order met: a mistyped region, realm slug or name shows here by its name
 * @param failureReasons how many failures had each reason
 * @param batches how many batches were done
 * @param duration how long the run took
 */
public record GuildSyncReport(
    int updated,
    int unchanged,
    int notFound,
    int failed,
    int duplicates,
    int leaseLost,
    int deleted,
    int joined,
    int left,
    int rejoined,
    int rankChanged,
    int renamed,
    int charactersCreated,
    List<DuplicateGuild> duplicateGuilds,
    List<TrackedGuild> notFoundGuilds,
    Map<String, Integer> failureReasons,
    int batches,
    Duration duration)
    implements PhaseReport {
  /** Copies the collections, so the report is immutable. */
  public GuildSyncReport {
    duplicateGuilds = List.copyOf(duplicateGuilds);
    notFoundGuilds = List.copyOf(notFoundGuilds);
    failureReasons = Map.copyOf(failureReasons);
    Objects.requireNonNull(duration, "duration");
  }

  /** How many guilds the run handled, whatever their outcome. */
  @Override
  public int items() {
    return guilds();
  }

  /** How many guilds the run handled, whatever their outcome. */
  public int guilds() {
    return updated + unchanged + notFound + failed + duplicates + leaseLost + deleted;
  }

  /** How many guilds had {@code outcome}. */
  public int count(GuildSyncOutcome outcome) {
    return switch (outcome) {
      case UPDATED -> updated;
      case UNCHANGED -> unchanged;
      case NOT_FOUND -> notFound;
      case FAILED -> failed;
      case DUPLICATE -> duplicates;
      case LEASE_LOST -> leaseLost;
      case DELETED -> deleted;
    };
  }

  /** How many member events of {@code kind} the run recorded. */
  public int count(MemberEventKind kind) {
    return switch (kind) {
      case JOINED -> joined;
      case LEFT -> left;
      case REJOINED -> rejoined;
      case RANK_CHANGED -> rankChanged;
      case RENAMED -> renamed;
    };
  }
}
