package dev.guildsync.core.character;

import dev.guildsync.core.GuildKey;
import dev.guildsync.core.ItemOutcome;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailFetch;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One character's result in a run, as the listener and the demo see it.
 *
 * @param result the claimed character, what happened and why (the failure reason, the identity
 *     change, the dropped link)
 * @param link for {@link CharacterSyncOutcome#UPDATED}: the guild link as it was written; an {@link
 *     GuildLink.Untracked} one when the linked guild was deleted before the write
 * @param details how each detail fetched for the character went, as written; empty when none was
 *     due or the change was not written
 */
public record CharacterOutcome(
    ItemOutcome<DueCharacter, CharacterSyncOutcome> result,
    Optional<GuildLink> link,
    Map<CharacterDetail, DetailFetch> details) {
  /** Checks that no component is null; copies the details. */
  public CharacterOutcome {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(link, "link");
    details = Map.copyOf(details);
  }

  /** An outcome with no detail. */
  public CharacterOutcome(
      ItemOutcome<DueCharacter, CharacterSyncOutcome> result, Optional<GuildLink> link) {
    this(result, link, Map.of());
  }

  /** The claimed character. */
  public DueCharacter character() {
    return result.item();
  }

  /** For {@link CharacterSyncOutcome#UPDATED}: how {@code guild_id} was written. */
  public Optional<GuildLinkKind> guildLink() {
    return link.map(GuildLink::kind);
  }

  /** For {@link CharacterSyncOutcome#UPDATED}: the guild the profile names, if any. */
  public Optional<ProfileGuild> guild() {
    return link.flatMap(GuildLink::guild);
  }

  /** For {@link CharacterSyncOutcome#UPDATED}: the local key written, if any. */
  public Optional<GuildKey> guildKey() {
    return link.flatMap(GuildLink::guildKey);
  }

  /**
   * A one-line, human description, e.g. "updated, linked to local guild 5 (eu guild 115248327)".
   */
  public String describe() {
    String what =
        switch (result.outcome()) {
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
    return what + result.detail().map(d -> " [" + d + "]").orElse("");
  }

  private String describeLink() {
    String region = character().ref().region().code();
    String named =
        region
            + " Battle.net guild "
            + guild().map(g -> g.bnetGuildId() + " " + g.name()).orElse("?");
    switch (guildLink().orElse(GuildLinkKind.NONE)) {
      case LINKED:
        return "linked to local guild "
            + guildKey().map(GuildKey::toString).orElse("?")
            + " ("
            + named
            + ")";
      case UNTRACKED:
        return "guild_id NULL: " + named + " is not tracked locally";
      default:
        return "guild_id NULL: in no guild";
    }
  }
}
