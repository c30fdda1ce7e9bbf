package dev.guildsync.core.character;

/** How an updated character's {@code guild_id} was written. */
public enum GuildLinkKind {
  /** To the local key of a tracked guild. */
  LINKED,
  /** As NULL: the character's guild is not tracked locally (or was deleted before the write). */
  UNTRACKED,
  /** As NULL: the character is in no guild. */
  NONE
}
