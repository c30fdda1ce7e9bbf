package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.GUILDS;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.Faction;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.claim.SyncState;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildSlug;
import dev.guildsync.core.guild.TrackedGuild;
import dev.guildsync.jooq.generated.tables.Guilds;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/**
 * The due claim of guilds, as {@link DueClaim} is for characters: lock the first {@code limit} due
 * guild rows, oldest sync first, {@code FOR NO KEY UPDATE SKIP LOCKED}, then claim them in {@code
 * guild_claims} under the lease. A guild row that cannot name a roster request (no name or realm,
 * or a slug the core rejects) is parked instead of handed out.
 */
final class GuildClaim {
  private static final System.Logger LOG = System.getLogger(GuildClaim.class.getName());
  private static final Guilds G = GUILDS;

  private GuildClaim() {}

  static Claimed<TrackedGuild> claim(DSLContext dsl, DueQuery query, Lease lease) {
    while (true) {
      List<TrackedGuild> claimed = new ArrayList<>();
      boolean lockedAny = dsl.transactionResult(tx -> claimOnce(tx.dsl(), query, lease, claimed));
      if (!claimed.isEmpty() || !lockedAny) {
        return new Claimed<>(lease, claimed);
      }
    }
  }

  private static boolean claimOnce(
      DSLContext tx, DueQuery query, Lease lease, List<TrackedGuild> claimed) {
    Result<Record> rows =
        tx.select(G.fields())
            .from(G)
            .where(Claims.GUILDS.free(G.ID, lease.id(), query.now()))
            .and(DueClaim.dueState(query, G.IS_AVAILABLE, G.LAST_SYNCED_AT, G.NEXT_ATTEMPT_AT))
            .orderBy(G.LAST_SYNCED_AT.asc().nullsFirst(), G.ID.asc())
            .limit(query.limit())
            .forNoKeyUpdate()
            .skipLocked()
            .fetch();
    Set<Long> taken = Claims.GUILDS.take(tx, lease, query.now(), rows.getValues(G.ID));
    Map<Long, String> rejected = new LinkedHashMap<>();
    for (Record row : rows) {
      if (!taken.contains(row.get(G.ID))) {
        continue;
      }
      try {
        claimed.add(tracked(row));
      } catch (IllegalArgumentException | NullPointerException e) {
        rejected.put(row.get(G.ID), "invalid guild reference: " + e.getMessage());
      }
    }
    if (!rejected.isEmpty()) {
      Claims.GUILDS.finish(tx, lease, rejected.keySet());
      var until =
          Timestamps.utc(
              query.now().plus(Duration.between(query.unavailableBefore(), query.now())));
      rejected.forEach(
          (id, reason) -> {
            LOG.log(Level.WARNING, "parking guild " + id + ": " + reason);
            tx.update(G)
                .set(G.FAILURE_COUNT, G.FAILURE_COUNT.plus(1))
                .set(G.LAST_ERROR, reason)
                .set(G.NEXT_ATTEMPT_AT, until)
                .where(G.ID.eq(id))
                .execute();
          });
    }
    return rows.isNotEmpty();
  }

  /**
   * @throws IllegalArgumentException when the core rejects the row's region or slugs
   * @throws NullPointerException when the row has no name or realm
   */
  private static TrackedGuild tracked(Record r) {
    String name = r.get(G.NAME);
    if (name == null || r.get(G.REALM) == null) {
      throw new NullPointerException("the guild has no name or realm slug");
    }
    String slug = Optional.ofNullable(r.get(G.NAME_SLUG)).orElseGet(() -> GuildSlug.fromName(name));
    Integer memberCount = r.get(G.MEMBER_COUNT);
    return new TrackedGuild(
        GuildKey.of(r.get(G.ID)),
        new GuildRef(Region.parse(r.get(G.REGION)), r.get(G.REALM), slug),
        name,
        Optional.ofNullable(r.get(G.BNET_GUILD_ID)).map(BnetGuildId::of),
        Optional.ofNullable(r.get(G.FACTION)).map(Faction::valueOf),
        memberCount == null ? OptionalInt.empty() : OptionalInt.of(memberCount),
        Optional.ofNullable(r.get(G.LEADER_CHARACTER_ID)).map(CharacterKey::of),
        new SyncState(
            r.get(G.IS_AVAILABLE),
            Timestamps.instant(r.get(G.LAST_SYNCED_AT)),
            Optional.ofNullable(r.get(G.LAST_MODIFIED)),
            r.get(G.FAILURE_COUNT)));
  }
}
