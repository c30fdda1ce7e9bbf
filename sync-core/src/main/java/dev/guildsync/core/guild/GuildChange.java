package dev.guildsync.core.guild;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.claim.CommonChange;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One guild's outcome, as a store must write it in one transaction. Every case ends the guild's
 * lease. The columns each case writes are fixed; everything not named is left as it was.
 */
public sealed interface GuildChange {

  /**
   * What a store writes to {@code last_error} for a {@link CommonChange.NotFound} guild, so that a
   * mistyped guild says why it is unavailable: a guild is tracked by name, and a wrong region,
   * realm slug or name is the commonest reason for a 404.
   */
  String NOT_FOUND_REASON =
      "not found at Battle.net (404 or 403): check the region, realm slug and name;"
          + " a guild renamed, moved or disbanded is not served either";

  /** The guild this change is for. */
  GuildKey key();

  /**
   * A roster was received and applied. Writes what {@code update} holds, {@code is_available =
   * true}, {@code last_synced_at}, {@code last_modified}, and clears the failure state.
   */
  record Refreshed(
      GuildKey key, RosterUpdate update, Optional<String> lastModified, Instant syncedAt)
      implements GuildChange {
    public Refreshed {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(update, "update");
      Objects.requireNonNull(lastModified, "lastModified");
      Objects.requireNonNull(syncedAt, "syncedAt");
    }
  }

  /**
   * The roster source brought nothing to write: the {@link CommonChange} says what is written of
   * the sync state; a {@link CommonChange.NotFound} also writes {@link #NOT_FOUND_REASON} to {@code
   * last_error} (cleared by the next roster or 304). Members, ranks and data are kept; a 304
   * confirms no member's leave (G7). A {@link CommonChange.Failed} is also what an empty roster for
   * a guild with members (G3) and a slug that now names another Battle.net guild end with.
   */
  record Common(CommonChange<GuildKey> change) implements GuildChange {
    /** Checks that the change is not null. */
    public Common {
      Objects.requireNonNull(change, "change");
    }

    @Override
    public GuildKey key() {
      return change.key();
    }
  }

  /**
   * The roster names a Battle.net guild id that another local guild holds (G1). Nothing of the
   * roster is written; only {@code last_synced_at} and {@code last_error} move, so the guild is not
   * claimed again before it is stale.
   */
  record Duplicate(GuildKey key, BnetGuildId bnetGuildId, GuildKey holder, Instant syncedAt)
      implements GuildChange {
    public Duplicate {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(bnetGuildId, "bnetGuildId");
      Objects.requireNonNull(holder, "holder");
      Objects.requireNonNull(syncedAt, "syncedAt");
    }

    /** The reason stored in {@code last_error}. */
    public String reason() {
      return "Battle.net guild " + bnetGuildId + " is held by local guild " + holder;
    }
  }
}
