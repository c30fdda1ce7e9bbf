package dev.guildsync.jooq;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSlug;
import dev.guildsync.core.guild.GuildSnapshot;
import dev.guildsync.core.guild.TrackedGuild;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The guild half of {@link JooqStore}: claims, reads and saves tracked guilds with their members,
 * ranks and member events, and tracks, registers and follows guilds. A roster's whole outcome is
 * written in one transaction with a constant number of statements; the guild row is locked first,
 * so a guild deleted meanwhile gets nothing and one deleted later cascades. Thread-safe.
 */
final class JooqGuildStore {
  private static final String G1_CONSTRAINT = "guilds_region_bnet_guild_id_key";

  private final StoreCalls calls;

  JooqGuildStore(StoreCalls calls) {
    this.calls = calls;
  }

  Claimed<TrackedGuild> claimDueGuilds(DueQuery query) {
    Objects.requireNonNull(query, "query");
    Lease lease = new Lease(UUID.randomUUID(), query.leaseUntil());
    return calls.retrying("claiming guilds", () -> GuildClaim.claim(calls.dsl(), query, lease));
  }

  GuildSnapshot loadGuild(TrackedGuild guild, GuildRoster roster) {
    Objects.requireNonNull(guild, "guild");
    Objects.requireNonNull(roster, "roster");
    return calls.retrying(
        "reading guild " + guild.key(), () -> GuildSnapshotRead.read(calls.dsl(), guild, roster));
  }

  GuildSaveResult saveGuild(Lease lease, GuildChange change, FailureBackoff backoff) {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(backoff, "backoff");
    CommitRecord<GuildSaveResult> record = new CommitRecord<>();
    return calls.retrying(
        "saving guild " + change.key(),
        () -> {
          try {
            return calls.inTransactionOnce(record, tx -> GuildSave.write(tx, lease, change));
          } catch (RuntimeException e) {
            if (DatabaseErrors.violates(e, G1_CONSTRAINT)) {
              return calls.inTransactionOnce(record, tx -> GuildSave.write(tx, lease, change));
            }
            if (!DatabaseErrors.isDataError(e)) {
              throw e;
            }
            String reason = "not stored: " + calls.errors().reason(e);
            return calls.inTransaction(tx -> GuildSave.park(tx, lease, change, reason, backoff));
          }
        });
  }

  GuildKey trackGuild(Region region, String realmSlug, String name) {
    Objects.requireNonNull(region, "region");
    new GuildRef(region, realmSlug, GuildSlug.fromName(name));
    return GuildKey.of(
        calls.retrying(
            "tracking a guild",
            () -> calls.inTransaction(tx -> GuildRegistry.track(tx, region, realmSlug, name))));
  }

  Map<BnetGuildId, GuildKey> registerGuilds(Region region, Collection<ProfileGuild> guilds) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(guilds, "guilds");
    return calls.retrying(
        "registering guilds",
        () -> calls.inTransaction(tx -> GuildRegistry.register(tx, region, guilds)));
  }

  Set<GuildKey> followGuilds(Region region, Collection<ProfileGuild> guilds) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(guilds, "guilds");
    return calls.retrying(
        "following guilds",
        () -> calls.inTransaction(tx -> GuildRegistry.follow(tx, region, guilds)));
  }
}
