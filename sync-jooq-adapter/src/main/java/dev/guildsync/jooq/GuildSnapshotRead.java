package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.GUILDS;
import static dev.guildsync.jooq.generated.Tables.GUILD_MEMBERS;
import static dev.guildsync.jooq.generated.Tables.GUILD_RANKS;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildMembership;
import dev.guildsync.core.guild.GuildRank;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSnapshot;
import dev.guildsync.core.guild.KnownCharacter;
import dev.guildsync.core.guild.TrackedGuild;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * Reads what the rules need for one roster, in four queries whatever its size: the holder of the
 * roster's Battle.net id, the guild's membership rows with their characters' ids, its rank rows,
 * and the region's characters whose Battle.net id is a member's.
 */
final class GuildSnapshotRead {
  private GuildSnapshotRead() {}

  static GuildSnapshot read(DSLContext dsl, TrackedGuild guild, GuildRoster roster) {
    long key = guild.key().value();
    String region = guild.ref().region().code();
    Optional<GuildKey> holder =
        dsl.select(GUILDS.ID)
            .from(GUILDS)
            .where(GUILDS.REGION.eq(region))
            .and(GUILDS.BNET_GUILD_ID.eq(roster.id().value()))
            .and(GUILDS.ID.ne(key))
            .limit(1)
            .fetchOptional(GUILDS.ID)
            .map(GuildKey::of);
    List<GuildMembership> members =
        dsl.select(GUILD_MEMBERS.fields())
            .select(CHARACTERS.BNET_CHARACTER_ID)
            .from(GUILD_MEMBERS)
            .join(CHARACTERS)
            .on(CHARACTERS.ID.eq(GUILD_MEMBERS.CHARACTER_ID))
            .where(GUILD_MEMBERS.GUILD_ID.eq(key))
            .orderBy(GUILD_MEMBERS.CHARACTER_ID)
            .fetch(GuildSnapshotRead::membership);
    List<GuildRank> ranks =
        dsl.selectFrom(GUILD_RANKS)
            .where(GUILD_RANKS.GUILD_ID.eq(key))
            .orderBy(GUILD_RANKS.RANK)
            .fetch(r -> new GuildRank(r.getRank(), r.getName(), r.getMemberCount()));
    List<Long> ids = roster.members().stream().map(m -> m.id().value()).toList();
    List<KnownCharacter> known = new ArrayList<>();
    if (!ids.isEmpty()) {
      for (Record r : knownCharacters(dsl, region, ids).fetch()) {
        knownCharacter(guild.ref().region(), r).ifPresent(known::add);
      }
    }
    return new GuildSnapshot(holder, members, ranks, known);
  }

  /**
   * The region's characters whose Battle.net id is one of {@code bnetIds}. The ids are one typed
   * {@code bigint[]} ({@link BigintArray}): a constant for the planner, not an array parsed again
   * for each row it compares.
   */
  static ResultQuery<Record5<Long, Long, String, String, OffsetDateTime>> knownCharacters(
      DSLContext dsl, String region, Collection<Long> bnetIds) {
    return dsl.select(
            CHARACTERS.ID,
            CHARACTERS.BNET_CHARACTER_ID,
            CHARACTERS.REALM,
            CHARACTERS.NAME,
            CHARACTERS.PURGED_AT)
        .from(CHARACTERS)
        .where(CHARACTERS.REGION.eq(region))
        .and(CHARACTERS.BNET_CHARACTER_ID.eq(DSL.any(BigintArray.of(bnetIds))))
        .orderBy(CHARACTERS.ID);
  }

  private static GuildMembership membership(Record r) {
    return new GuildMembership(
        CharacterKey.of(r.get(GUILD_MEMBERS.CHARACTER_ID)),
        Optional.ofNullable(r.get(CHARACTERS.BNET_CHARACTER_ID)).map(BnetCharacterId::of),
        r.get(GUILD_MEMBERS.RANK),
        r.get(GUILD_MEMBERS.JOINED_AT).toInstant(),
        Timestamps.instant(r.get(GUILD_MEMBERS.LEFT_AT)),
        r.get(GUILD_MEMBERS.MISSED_ROSTERS));
  }

  /** Empty for a row whose stored realm or name the core rejects: the roster's name then wins. */
  private static Optional<KnownCharacter> knownCharacter(Region region, Record r) {
    try {
      return Optional.of(
          new KnownCharacter(
              CharacterKey.of(r.get(CHARACTERS.ID)),
              BnetCharacterId.of(r.get(CHARACTERS.BNET_CHARACTER_ID)),
              new CharacterRef(region, r.get(CHARACTERS.REALM), r.get(CHARACTERS.NAME)),
              // Blizzard's retention rule: a purged character stays out of older rosters.
              Timestamps.instant(r.get(CHARACTERS.PURGED_AT))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
