package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.GUILD_MEMBERS;
import static dev.guildsync.jooq.generated.Tables.GUILD_MEMBER_EVENTS;
import static dev.guildsync.jooq.generated.Tables.GUILD_RANKS;

import dev.guildsync.core.guild.MemberEvent;
import dev.guildsync.core.guild.MembershipWrite;
import dev.guildsync.core.guild.RankWrite;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The guild's own rows of one roster save, one set-based statement each whatever the roster size:
 * membership rows inserted or replaced whole, rank rows inserted with their default name or given
 * only their count, events inserted, and the members' guild links (G4). Every character key given
 * is one the save locked or created, so none can vanish before commit.
 */
final class RosterRowWrites {
  private final DSLContext tx;
  private final long guild;

  RosterRowWrites(DSLContext tx, long guild) {
    this.tx = tx;
    this.guild = guild;
  }

  /** A membership row to write, for a resolved character. */
  record Member(long character, MembershipWrite write) {}

  /** An event to insert, for a resolved character. */
  record Event(long character, MemberEvent event) {}

  void members(List<Member> members) {
    Map<Long, Member> byKey = new LinkedHashMap<>();
    members.forEach(m -> byKey.put(m.character(), m));
    if (byKey.isEmpty()) {
      return;
    }
    var v = new ArrayTable<>(new ArrayList<>(byKey.values()), Member::character);
    var rank = v.column("rank", SQLDataType.INTEGER, Integer[]::new, m -> m.write().rank());
    var joined =
        v.column(
            "joined_at",
            GUILD_MEMBERS.JOINED_AT.getDataType(),
            OffsetDateTime[]::new,
            m -> Timestamps.utc(m.write().joinedAt()));
    var left =
        v.column(
            "left_at",
            GUILD_MEMBERS.LEFT_AT.getDataType(),
            OffsetDateTime[]::new,
            m -> Timestamps.utc(m.write().leftAt().orElse(null)));
    var missed =
        v.column("missed", SQLDataType.INTEGER, Integer[]::new, m -> m.write().missedRosters());
    var gm = GUILD_MEMBERS;
    tx.insertInto(
            gm, gm.GUILD_ID, gm.CHARACTER_ID, gm.RANK, gm.JOINED_AT, gm.LEFT_AT, gm.MISSED_ROSTERS)
        .select(DSL.select(DSL.val(guild), v.id(), rank, joined, left, missed).from(v.table()))
        .onConflict(gm.GUILD_ID, gm.CHARACTER_ID)
        .doUpdate()
        .set(gm.RANK, DSL.excluded(gm.RANK))
        .set(gm.JOINED_AT, DSL.excluded(gm.JOINED_AT))
        .set(gm.LEFT_AT, DSL.excluded(gm.LEFT_AT))
        .set(gm.MISSED_ROSTERS, DSL.excluded(gm.MISSED_ROSTERS))
        .execute();
  }

  /** Inserts new ranks with their default name; an existing rank gets only its count (G5). */
  void ranks(List<RankWrite> ranks) {
    Map<Integer, RankWrite> byRank = new LinkedHashMap<>();
    ranks.forEach(r -> byRank.put(r.rank(), r));
    if (byRank.isEmpty()) {
      return;
    }
    var v = new ArrayTable<>(new ArrayList<>(byRank.values()), r -> (long) r.rank());
    var name = v.column("name", SQLDataType.CLOB, String[]::new, RankWrite::defaultName);
    var count = v.column("count", SQLDataType.INTEGER, Integer[]::new, RankWrite::memberCount);
    var gr = GUILD_RANKS;
    tx.insertInto(gr, gr.GUILD_ID, gr.RANK, gr.NAME, gr.MEMBER_COUNT)
        .select(
            DSL.select(DSL.val(guild), v.id().cast(SQLDataType.INTEGER), name, count)
                .from(v.table()))
        .onConflict(gr.GUILD_ID, gr.RANK)
        .doUpdate()
        .set(gr.MEMBER_COUNT, DSL.excluded(gr.MEMBER_COUNT))
        .execute();
  }

  void events(List<Event> events) {
    if (events.isEmpty()) {
      return;
    }
    var v = new ArrayTable<>(events, Event::character);
    var kind = v.column("kind", SQLDataType.CLOB, String[]::new, e -> e.event().kind().code());
    var at =
        v.column(
            "occurred_at",
            GUILD_MEMBER_EVENTS.OCCURRED_AT.getDataType(),
            OffsetDateTime[]::new,
            e -> Timestamps.utc(e.event().occurredAt()));
    var detail = v.column("detail", SQLDataType.CLOB, String[]::new, e -> e.event().detail());
    var ge = GUILD_MEMBER_EVENTS;
    tx.insertInto(ge, ge.GUILD_ID, ge.CHARACTER_ID, ge.KIND, ge.OCCURRED_AT, ge.DETAIL)
        .select(DSL.select(DSL.val(guild), v.id(), kind, at, detail).from(v.table()))
        .execute();
  }

  /**
   * Points {@code linked} at this guild and {@code unlinked} (where they still point at it) at
   * none, but only characters whose own profile was not synced after {@code rosterTime} (G4); rows
   * already as asked are not rewritten.
   */
  void links(List<Long> linked, List<Long> unlinked, Instant rosterTime) {
    Map<Long, Long> target = new LinkedHashMap<>();
    unlinked.forEach(k -> target.put(k, null));
    linked.forEach(k -> target.put(k, guild));
    if (target.isEmpty()) {
      return;
    }
    var v = new ArrayTable<>(new ArrayList<>(target.keySet()), k -> k);
    var to = v.column("guild_id", SQLDataType.BIGINT, Long[]::new, target::get);
    var c = CHARACTERS;
    tx.update(c)
        .set(c.GUILD_ID, to)
        .from(v.table())
        .where(c.ID.eq(v.id()))
        .and(c.LAST_SYNCED_AT.isNull().or(c.LAST_SYNCED_AT.le(Timestamps.utc(rosterTime))))
        .and(c.GUILD_ID.isDistinctFrom(to))
        .and(to.isNotNull().or(c.GUILD_ID.eq(guild)))
        .execute();
  }
}
