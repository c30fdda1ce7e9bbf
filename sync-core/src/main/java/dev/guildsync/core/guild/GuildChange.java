package dev.guildsync.core.guild;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One guild's outcome, as a store must write it in one transaction. Every case ends the guild's
 * lease. The columns each case writes are fixed; everything not named is left as it was.
 */
public sealed interface GuildChange {

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
   * Battle.net answered 304. Writes {@code last_synced_at} and clears the failure state only; no
   * member's leave is confirmed (G7).
   */
  record Unchanged(GuildKey key, Instant syncedAt) implements GuildChange {
    public Unchanged {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(syncedAt, "syncedAt");
    }
  }

  /**
   * Battle.net does not serve the guild (404, 403). Writes {@code is_available = false}, {@code
   * last_synced_at} and clears the failure state; members, ranks and data are kept (G7).
   */
  record NotFound(GuildKey key, Instant syncedAt) implements GuildChange {
    public NotFound {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(syncedAt, "syncedAt");
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

  /**
   * The fetch failed, or the roster was empty for a guild with members (G3). Writes {@code
   * failure_count}, {@code last_error} and {@code next_attempt_at}; everything else is kept.
   */
  record Failed(GuildKey key, String reason, int failureCount, Instant nextAttemptAt)
      implements GuildChange {
    public Failed {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
      if (failureCount <= 0) {
        throw new IllegalArgumentException("failureCount must be positive: " + failureCount);
      }
    }
  }
}
