package dev.guildsync.core.character;

import dev.guildsync.core.GuildKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One character's result in a run, as the listener and the demo see it.
 *
 * @param character the claimed character
 * @param outcome what happened
 * @param guildLink for {@link CharacterSyncOutcome#UPDATED}: how {@code guild_id} was written
 * @param guild for {@link CharacterSyncOutcome#UPDATED}: the guild the profile names, if any
 * @param guildKey for {@link CharacterSyncOutcome#UPDATED}: the local key written, if any
 * @param detail why: the failure reason, the identity change, the dropped link; empty otherwise
 */
public record CharacterOutcome(
    DueCharacter character,
    CharacterSyncOutcome outcome,
    Optional<GuildLinkKind> guildLink,
    Optional<ProfileGuild> guild,
    Optional<GuildKey> guildKey,
    Optional<String> detail) {
  /** Checks that no component is null. */
  public CharacterOutcome {
    Objects.requireNonNull(character, "character");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(guildLink, "guildLink");
    Objects.requireNonNull(guild, "guild");
    Objects.requireNonNull(guildKey, "guildKey");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * A one-line, human description, e.g. "updated, linked to local guild 5 (eu guild 115248327)".
   */
  public String describe() {
    String what =
        switch (outcome) {
          case UPDATED -> "updated, " + describeLink();
          case UNCHANGED -> "unchanged (304 Not Modified): only the sync time moved";
          case NOT_FOUND -> "not found: marked unavailable, data kept, rechecked later";
          case IDENTITY_CHANGED -> "identity changed: marked unavailable, not overwritten";
          case FAILED -> "failed: data kept, retried after a back-off";
          case LEASE_LOST -> "not written: another run holds this character now";
          case VALIDATED -> "validated: the status endpoint confirmed it, data kept 30 more days";
          case PURGED -> "purged: the status endpoint called it invalid, Battle.net data cleared";
          case DELETED -> "deleted: the status endpoint called it invalid";
          case MARKED_INVALID -> "marked invalid: the status endpoint called it invalid, data kept";
        };
    return what + detail.map(d -> " [" + d + "]").orElse("");
  }

  private String describeLink() {
    String region = character.ref().region().code();
    switch (guildLink.orElse(GuildLinkKind.NONE)) {
      case LINKED:
        return "linked to local guild "
            + guildKey.map(GuildKey::toString).orElse("?")
            + " ("
            + region
            + " Battle.net guild "
            + guild.map(g -> g.bnetGuildId() + " " + g.name()).orElse("?")
            + ")";
      case UNTRACKED:
        return "guild_id NULL: "
            + region
            + " Battle.net guild "
            + guild.map(g -> g.bnetGuildId() + " " + g.name()).orElse("?")
            + " is not tracked locally";
      default:
        return "guild_id NULL: in no guild";
    }
  }
}
