package dev.guildsync.core.character;

import dev.guildsync.core.GuildKey;
import java.util.Objects;
import java.util.Optional;

/**
 * What a synced character's {@code guild_id} should be. Only {@link Linked} carries a key, and that
 * key always comes from a {@code GuildLookupPort} answer for the character's region: the Battle.net
 * guild id is never a local key.
 */
public sealed interface GuildLink {

  /** The local guild key to write, if any. */
  Optional<GuildKey> guildKey();

  /** The guild the profile names; empty when guildless. */
  Optional<ProfileGuild> guild();

  /** Which of the three cases this is. */
  GuildLinkKind kind();

  /** The character is in a guild that is tracked locally. */
  record Linked(GuildKey key, ProfileGuild membership) implements GuildLink {
    public Linked {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(membership, "membership");
    }

    @Override
    public Optional<GuildKey> guildKey() {
      return Optional.of(key);
    }

    @Override
    public Optional<ProfileGuild> guild() {
      return Optional.of(membership);
    }

    @Override
    public GuildLinkKind kind() {
      return GuildLinkKind.LINKED;
    }
  }

  /** The character is in a guild that no local guild row tracks: {@code guild_id} is NULL. */
  record Untracked(ProfileGuild membership) implements GuildLink {
    public Untracked {
      Objects.requireNonNull(membership, "membership");
    }

    @Override
    public Optional<GuildKey> guildKey() {
      return Optional.empty();
    }

    @Override
    public Optional<ProfileGuild> guild() {
      return Optional.of(membership);
    }

    @Override
    public GuildLinkKind kind() {
      return GuildLinkKind.UNTRACKED;
    }
  }

  /** The character is in no guild: {@code guild_id} is NULL. */
  record Guildless() implements GuildLink {
    @Override
    public Optional<GuildKey> guildKey() {
      return Optional.empty();
    }

    @Override
    public Optional<ProfileGuild> guild() {
      return Optional.empty();
    }

    @Override
    public GuildLinkKind kind() {
      return GuildLinkKind.NONE;
    }
  }
}
