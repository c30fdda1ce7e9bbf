package dev.guildsync.core.character;

import dev.guildsync.core.PhaseReport;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailFetch;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a sync run did.
 *
 * @param updated characters whose profile was written
 * @param unchanged characters Battle.net answered 304 for
 * @param notFound characters marked unavailable after a 404 or 403
 * @param identityChanged characters whose name now belongs to another Battle.net character
 * @param failed characters whose fetch failed (data kept, backed off)
 * @param leaseLost characters not written because another run took them over
 * @param linked updated characters linked to a local guild
 * @param untracked updated characters in a guild no local guild tracks ({@code guild_id} NULL)
 * @param guildless updated characters in no guild ({@code guild_id} NULL)
 * @param guildLinksDropped links written as NULL because the guild was deleted before the write
 *     (also counted in {@code untracked})
 * @param untrackedGuilds the untracked guilds, most characters first
 * @param failureReasons how many failures had each reason
 * @param retention what the status checks (Blizzard's retention rule) did
 * @param batches how many batches were saved
 * @param duration how long the run took
 * @param details per enabled detail, how its fetches went (one entry per enabled detail, zeros
 *     included; empty when the run syncs no detail)
 */
public record CharacterSyncReport(
    int updated,
    int unchanged,
    int notFound,
    int identityChanged,
    int failed,
    int leaseLost,
    int linked,
    int untracked,
    int guildless,
    int guildLinksDropped,
    List<UntrackedGuild> untrackedGuilds,
    Map<String, Integer> failureReasons,
    RetentionCounts retention,
    int batches,
    Duration duration,
    Map<CharacterDetail, DetailCounts> details)
    implements PhaseReport {
  /** Copies the collections, so the report is immutable. */
  public CharacterSyncReport {
    untrackedGuilds = List.copyOf(untrackedGuilds);
    failureReasons = Map.copyOf(failureReasons);
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(duration, "duration");
    details = Map.copyOf(details);
  }

  /** A report of a run that synced no detail. */
  public CharacterSyncReport(
      int updated,
      int unchanged,
      int notFound,
      int identityChanged,
      int failed,
      int leaseLost,
      int linked,
      int untracked,
      int guildless,
      int guildLinksDropped,
      List<UntrackedGuild> untrackedGuilds,
      Map<String, Integer> failureReasons,
      RetentionCounts retention,
      int batches,
      Duration duration) {
    this(
        updated,
        unchanged,
        notFound,
        identityChanged,
        failed,
        leaseLost,
        linked,
        untracked,
        guildless,
        guildLinksDropped,
        untrackedGuilds,
        failureReasons,
        retention,
        batches,
        duration,
        Map.of());
  }

  /**
   * How one detail's fetches went in a run.
   *
   * @param fetched 200s written
   * @param notModified 304s: what was stored is current
   * @param absent 404s or 403s
   * @param failed failures and bad bodies (each retried at the character's next profile check)
   */
  public record DetailCounts(int fetched, int notModified, int absent, int failed) {
    /** No fetch. */
    public static final DetailCounts NONE = new DetailCounts(0, 0, 0, 0);

    /** Checks that no count is negative. */
    public DetailCounts {
      if (fetched < 0 || notModified < 0 || absent < 0 || failed < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
    }

    /** These counts plus one {@code fetch}. */
    public DetailCounts plus(DetailFetch fetch) {
      return switch (fetch) {
        case FETCHED -> new DetailCounts(fetched + 1, notModified, absent, failed);
        case NOT_MODIFIED -> new DetailCounts(fetched, notModified + 1, absent, failed);
        case ABSENT -> new DetailCounts(fetched, notModified, absent + 1, failed);
        case FAILED -> new DetailCounts(fetched, notModified, absent, failed + 1);
      };
    }

    /** How many requests these were. */
    public int total() {
      return fetched + notModified + absent + failed;
    }
  }

  /** How many characters the run handled, whatever their outcome. */
  @Override
  public int items() {
    return characters();
  }

  /** How many characters the run handled, whatever their outcome. */
  public int characters() {
    return updated
        + unchanged
        + notFound
        + identityChanged
        + failed
        + leaseLost
        + retention.total();
  }

  /** How many characters had {@code outcome}. */
  public int count(CharacterSyncOutcome outcome) {
    return switch (outcome) {
      case UPDATED -> updated;
      case UNCHANGED -> unchanged;
      case NOT_FOUND -> notFound;
      case IDENTITY_CHANGED -> identityChanged;
      case FAILED -> failed;
      case LEASE_LOST -> leaseLost;
      case VALIDATED -> retention.validated();
      case PURGED -> retention.purged();
      case DELETED -> retention.deleted();
      case MARKED_INVALID -> retention.markedInvalid();
    };
  }

  /**
   * What the status checks did. A failed status check is counted in {@link #failed()}.
   *
   * @param validated characters the status endpoint confirmed (valid, same id)
   * @param purged invalid characters purged
   * @param deleted invalid characters deleted
   * @param markedInvalid invalid characters only marked ({@link RetentionPolicy#KEEP})
   */
  public record RetentionCounts(int validated, int purged, int deleted, int markedInvalid) {
    /** Checks that no count is negative. */
    public RetentionCounts {
      if (validated < 0 || purged < 0 || deleted < 0 || markedInvalid < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
    }

    /** How many status checks were answered (valid or invalid). */
    public int total() {
      return validated + purged + deleted + markedInvalid;
    }
  }

  /** How many updated characters had {@code kind} of guild link. */
  public int count(GuildLinkKind kind) {
    return switch (kind) {
      case LINKED -> linked;
      case UNTRACKED -> untracked;
      case NONE -> guildless;
    };
  }
}
