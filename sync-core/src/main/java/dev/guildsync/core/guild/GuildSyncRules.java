package dev.guildsync.core.guild;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.FailureBackoff;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * G1, G3, G6, G7 and the decision of a whole guild's change as one pure function: from a claimed
 * guild, what Battle.net answered and (for a roster) the store's snapshot, the change to write. It
 * delegates to the member diff (G2, G3), the rank rule (G5) and the guild master rule (G6); G4's
 * freshness and G10's atomicity are the store's part. Immutable and thread-safe.
 */
public final class GuildSyncRules {
  private final FailureBackoff backoff;
  private final int leaveConfirmations;

  /**
   * @param backoff how long a failed guild waits
   * @param leaveConfirmations how many consecutive received rosters confirm a leave, at least 1
   */
  public GuildSyncRules(FailureBackoff backoff, int leaveConfirmations) {
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    if (leaveConfirmations < 1) {
      throw new IllegalArgumentException("leaveConfirmations must be at least 1");
    }
    this.leaveConfirmations = leaveConfirmations;
  }

  /**
   * Decides one guild's change.
   *
   * @param guild the claimed guild
   * @param result what the roster source answered
   * @param snapshot what the store holds for the roster; read only for {@link FetchResult.Found}
   *     (pass {@link GuildSnapshot#empty()} otherwise)
   * @param now the time to record
   * @return the change (never null)
   */
  public GuildChange decide(
      TrackedGuild guild, FetchResult<GuildRoster> result, GuildSnapshot snapshot, Instant now) {
    if (result instanceof FetchResult.Found<GuildRoster> found) {
      return applyRoster(guild, found, snapshot, now);
    }
    return new GuildChange.Common(
        CommonChange.of(guild.key(), guild.state(), result, now, backoff));
  }

  private GuildChange applyRoster(
      TrackedGuild guild,
      FetchResult.Found<GuildRoster> found,
      GuildSnapshot snapshot,
      Instant now) {
    GuildRoster roster = found.value();
    Optional<GuildKey> holder = snapshot.bnetIdHeldBy().filter(h -> !h.equals(guild.key()));
    if (holder.isPresent()) {
      return new GuildChange.Duplicate(guild.key(), roster.id(), holder.get(), now);
    }
    if (guild.bnetGuildId().isPresent() && !guild.bnetGuildId().get().equals(roster.id())) {
      return failed(
          guild,
          "the guild slug now names Battle.net guild "
              + roster.id()
              + ", not the tracked "
              + guild.bnetGuildId().get(),
          now);
    }
    List<RosterMember> members = roster.members();
    if (members.isEmpty() && snapshot.members().stream().anyMatch(GuildMembership::current)) {
      return failed(guild, "empty roster for a guild with members", now);
    }
    Optional<Instant> modified = modifiedTime(found.lastModified());
    MemberDiff.Result diff = MemberDiff.diff(snapshot, members, leaveConfirmations, now, modified);
    RosterUpdate update =
        new RosterUpdate(
            guildData(guild, roster),
            GuildMasterRule.leader(members, diff.characters(), guild.leader()),
            diff.created(),
            diff.renamed(),
            diff.members(),
            RankRule.writes(snapshot.ranks(), members),
            diff.events(),
            diff.linked(),
            diff.unlinked(),
            modified.orElse(now));
    return new GuildChange.Refreshed(guild.key(), update, found.lastModified(), now);
  }

  /** The guild row's data from the roster; empty when it is as stored. */
  static Optional<GuildData> guildData(TrackedGuild guild, GuildRoster roster) {
    String slug =
        roster.name().equalsIgnoreCase(guild.name())
            ? guild.ref().nameSlug()
            : GuildSlug.fromName(roster.name());
    GuildData data =
        new GuildData(
            roster.id(),
            roster.name(),
            slug,
            roster.realmSlug(),
            roster.faction(),
            roster.members().size());
    boolean same =
        guild.state().available()
            && guild.bnetGuildId().equals(Optional.of(roster.id()))
            && guild.name().equals(roster.name())
            && guild.ref().realmSlug().equals(roster.realmSlug())
            && (roster.faction().isEmpty() || roster.faction().equals(guild.faction()))
            && guild.memberCount().equals(OptionalInt.of(roster.members().size()));
    return same ? Optional.empty() : Optional.of(data);
  }

  /** G4's reference time: the roster's {@code Last-Modified}, or {@code now} when absent. */
  static Instant rosterTime(Optional<String> lastModified, Instant now) {
    return modifiedTime(lastModified).orElse(now);
  }

  /** A {@code Last-Modified} value as a time; empty when absent or unreadable. */
  static Optional<Instant> modifiedTime(Optional<String> lastModified) {
    try {
      return lastModified.map(
          v -> ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private GuildChange failed(TrackedGuild guild, String reason, Instant now) {
    return new GuildChange.Common(
        CommonChange.Failed.after(guild.key(), guild.state(), reason, now, backoff));
  }
}
