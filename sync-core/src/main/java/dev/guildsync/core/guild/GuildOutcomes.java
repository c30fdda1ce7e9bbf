package dev.guildsync.core.guild;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.ItemOutcome;
import dev.guildsync.core.claim.CommonChange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns a saved guild change into the {@link GuildOutcome} reported for it. */
final class GuildOutcomes {
  private GuildOutcomes() {}

  static GuildOutcome of(TrackedGuild guild, GuildChange change, GuildSaveResult saved) {
    switch (saved.status()) {
      case LEASE_LOST:
        return outcome(guild, GuildSyncOutcome.LEASE_LOST, Optional.empty());
      case GUILD_DELETED:
        return outcome(guild, GuildSyncOutcome.DELETED, Optional.empty());
      case DUPLICATE:
        return duplicate(guild, change, saved.duplicateOf().orElseThrow());
      case PARKED:
        return outcome(
            guild, GuildSyncOutcome.FAILED, Optional.of("the store refused a value of the roster"));
      default:
        break;
    }
    if (change instanceof GuildChange.Refreshed refreshed) {
      RosterUpdate update = refreshed.update();
      GuildSyncOutcome outcome =
          update.changesNothing() ? GuildSyncOutcome.UNCHANGED : GuildSyncOutcome.UPDATED;
      List<MemberEvent> recorded =
          update.events().stream().filter(e -> recorded(e, saved.renamesRefused())).toList();
      return new GuildOutcome(
          new ItemOutcome<>(guild, outcome, Optional.empty()),
          recorded,
          saved.charactersCreated(),
          Optional.empty());
    }
    if (change instanceof GuildChange.Duplicate d) {
      return duplicate(guild, change, d.holder());
    }
    CommonChange<GuildKey> common = ((GuildChange.Common) change).change();
    return outcome(
        guild,
        common.pick(
            GuildSyncOutcome.UNCHANGED, GuildSyncOutcome.NOT_FOUND, GuildSyncOutcome.FAILED),
        common.failureReason());
  }

  /** A rename the store refused was not recorded, so it is not reported either. */
  private static boolean recorded(MemberEvent event, Set<CharacterKey> renamesRefused) {
    return event.kind() != MemberEventKind.RENAMED
        || !(event.character() instanceof MemberCharacter.Known known)
        || !renamesRefused.contains(known.key());
  }

  private static GuildOutcome duplicate(TrackedGuild guild, GuildChange change, GuildKey holder) {
    BnetGuildId id =
        change instanceof GuildChange.Duplicate d
            ? d.bnetGuildId()
            : ((GuildChange.Refreshed) change).update().guild().orElseThrow().bnetGuildId();
    DuplicateGuild duplicate = new DuplicateGuild(guild.key(), guild.ref().region(), id, holder);
    String why = "Battle.net guild " + id + " is held by local guild " + holder;
    return new GuildOutcome(
        new ItemOutcome<>(guild, GuildSyncOutcome.DUPLICATE, Optional.of(why)),
        List.of(),
        0,
        Optional.of(duplicate));
  }

  private static GuildOutcome outcome(
      TrackedGuild guild, GuildSyncOutcome outcome, Optional<String> detail) {
    return new GuildOutcome(
        new ItemOutcome<>(guild, outcome, detail), List.of(), 0, Optional.empty());
  }
}
