package dev.guildsync.core.guild;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import java.util.List;
import java.util.Optional;

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
      return new GuildOutcome(
          guild,
          outcome,
          update.events(),
          saved.charactersCreated(),
          Optional.empty(),
          Optional.empty());
    }
    if (change instanceof GuildChange.Unchanged) {
      return outcome(guild, GuildSyncOutcome.UNCHANGED, Optional.empty());
    }
    if (change instanceof GuildChange.NotFound) {
      return outcome(guild, GuildSyncOutcome.NOT_FOUND, Optional.empty());
    }
    if (change instanceof GuildChange.Duplicate d) {
      return duplicate(guild, change, d.holder());
    }
    GuildChange.Failed failed = (GuildChange.Failed) change;
    return outcome(guild, GuildSyncOutcome.FAILED, Optional.of(failed.reason()));
  }

  private static GuildOutcome duplicate(TrackedGuild guild, GuildChange change, GuildKey holder) {
    BnetGuildId id =
        change instanceof GuildChange.Duplicate d
            ? d.bnetGuildId()
            : ((GuildChange.Refreshed) change).update().guild().orElseThrow().bnetGuildId();
    DuplicateGuild duplicate = new DuplicateGuild(guild.key(), guild.ref().region(), id, holder);
    return new GuildOutcome(
        guild,
        GuildSyncOutcome.DUPLICATE,
        List.of(),
        0,
        Optional.of(duplicate),
        Optional.of("Battle.net guild " + id + " is held by local guild " + holder));
  }

  private static GuildOutcome outcome(
      TrackedGuild guild, GuildSyncOutcome outcome, Optional<String> detail) {
    return new GuildOutcome(guild, outcome, List.of(), 0, Optional.empty(), detail);
  }
}
