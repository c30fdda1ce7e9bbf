package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.GUILDS;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.guild.GuildSlug;
import dev.guildsync.jooq.generated.tables.Guilds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Guild rows added or corrected from outside the guild sync, race-free: {@code track} under a
 * transaction-scoped advisory lock on (region, realm, lower-case name); {@code register} under the
 * same locks, adopting a row tracked by that name without an id, then {@code INSERT ... ON CONFLICT
 * (region, bnet_guild_id) DO NOTHING} and a read, so concurrent registrations and tracks of one
 * guild make one row; {@code follow} as one set-based {@code UPDATE} that also makes the rows
 * available and due, and takes them from any claim.
 */
final class GuildRegistry {
  private static final Guilds G = GUILDS;

  private GuildRegistry() {}

  /** Two statements and the lock; one more to insert. */
  static long track(DSLContext tx, Region region, String realmSlug, String name) {
    tx.select(nameLock(region, DSL.val(realmSlug), DSL.val(name))).fetch();
    return tx.select(G.ID)
        .from(G)
        .where(G.REGION.eq(region.code()))
        .and(G.REALM.eq(realmSlug))
        .and(DSL.lower(G.NAME).eq(DSL.lower(DSL.val(name))))
        .orderBy(G.ID)
        .limit(1)
        .fetchOptional(G.ID)
        .orElseGet(
            () ->
                tx.insertInto(G)
                    .set(G.REGION, region.code())
                    .set(G.REALM, realmSlug)
                    .set(G.NAME, name)
                    .set(G.NAME_SLUG, GuildSlug.fromName(name))
                    .returning(G.ID)
                    .fetchOne(G.ID));
  }

  /**
   * Four statements in the caller's transaction: {@code track}'s locks on the guilds' names (in one
   * order), the adoption of rows tracked by name without an id, the insert of the rest, then the
   * read of all.
   */
  static Map<BnetGuildId, GuildKey> register(
      DSLContext dsl, Region region, Collection<ProfileGuild> guilds) {
    List<ProfileGuild> distinct = distinct(guilds);
    if (distinct.isEmpty()) {
      return Map.of();
    }
    var v = new ArrayTable<>(distinct, g -> g.bnetGuildId().value());
    var name = v.column("name", SQLDataType.CLOB, String[]::new, ProfileGuild::name);
    var realm = v.column("realm", SQLDataType.CLOB, String[]::new, ProfileGuild::realmSlug);
    var slug = v.column("slug", SQLDataType.CLOB, String[]::new, g -> GuildSlug.fromName(g.name()));
    Field<String> lockKey = nameLockKey(region, realm, name);
    dsl.select(nameLock(lockKey)).from(v.table()).orderBy(lockKey).fetch();
    adoptTracked(dsl, region, v, name, realm);
    dsl.insertInto(G, G.REGION, G.BNET_GUILD_ID, G.NAME, G.REALM, G.NAME_SLUG)
        .select(DSL.select(DSL.val(region.code()), v.id(), name, realm, slug).from(v.table()))
        .onConflict(G.REGION, G.BNET_GUILD_ID)
        .doNothing()
        .execute();
    Map<BnetGuildId, GuildKey> keys = new HashMap<>();
    dsl.select(G.BNET_GUILD_ID, G.ID)
        .from(G)
        .where(G.REGION.eq(region.code()))
        .and(G.BNET_GUILD_ID.eq(DSL.any(BigintArray.of(Arrays.asList(ids(distinct))))))
        .fetch()
        .forEach(r -> keys.put(BnetGuildId.of(r.value1()), GuildKey.of(r.value2())));
    return Map.copyOf(keys);
  }

  /**
   * Two statements in the caller's transaction: the set-based update, then the followed rows'
   * claims dropped. The update locks the guild rows before the claims, in the order a roster save
   * does.
   */
  static Set<GuildKey> follow(DSLContext tx, Region region, Collection<ProfileGuild> guilds) {
    List<ProfileGuild> distinct = distinct(guilds);
    if (distinct.isEmpty()) {
      return Set.of();
    }
    var v = new ArrayTable<>(distinct, g -> g.bnetGuildId().value());
    var name = v.column("name", SQLDataType.CLOB, String[]::new, ProfileGuild::name);
    var realm = v.column("realm", SQLDataType.CLOB, String[]::new, ProfileGuild::realmSlug);
    var slug = v.column("slug", SQLDataType.CLOB, String[]::new, g -> GuildSlug.fromName(g.name()));
    // Available and due at once, as if never synced: what the old name answered (a 404, a
    // Last-Modified, a back-off) says nothing of the new one.
    List<Long> followed =
        tx.update(G)
            .set(G.NAME, name)
            .set(G.REALM, realm)
            .set(G.NAME_SLUG, slug)
            .set(G.IS_AVAILABLE, true)
            .setNull(G.LAST_SYNCED_AT)
            .setNull(G.LAST_MODIFIED)
            .set(G.FAILURE_COUNT, 0)
            .setNull(G.LAST_ERROR)
            .setNull(G.NEXT_ATTEMPT_AT)
            .from(v.table())
            .where(G.REGION.eq(region.code()))
            .and(G.BNET_GUILD_ID.eq(v.id()))
            .and(G.NAME.isDistinctFrom(name).or(G.REALM.isDistinctFrom(realm)))
            .returningResult(G.ID)
            .fetch(r -> r.value1());
    // A sync in flight asked under the old name: its save finds no claim and writes nothing.
    Claims.GUILDS.drop(tx, followed);
    return followed.stream().map(GuildKey::of).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * A row a user tracked by (region, realm slug, name, any case) that has no Battle.net id yet is
   * the guild a profile names: it takes the id instead of a second row being inserted (the next
   * roster would find that row a G1 duplicate). The oldest such row when there are several.
   */
  private static void adoptTracked(
      DSLContext tx,
      Region region,
      ArrayTable<ProfileGuild> v,
      Field<String> name,
      Field<String> realm) {
    Guilds tracked = G.as("tracked");
    Guilds holder = G.as("holder");
    tx.update(G)
        .set(G.BNET_GUILD_ID, v.id())
        .from(v.table())
        .where(
            G.ID.eq(
                DSL.select(DSL.min(tracked.ID))
                    .from(tracked)
                    .where(tracked.REGION.eq(region.code()))
                    .and(tracked.REALM.eq(realm))
                    .and(DSL.lower(tracked.NAME).eq(DSL.lower(name)))
                    .and(tracked.BNET_GUILD_ID.isNull())))
        .and(G.BNET_GUILD_ID.isNull())
        .andNotExists(
            DSL.selectOne()
                .from(holder)
                .where(holder.REGION.eq(region.code()))
                .and(holder.BNET_GUILD_ID.eq(v.id())))
        .execute();
  }

  /** The transaction-scoped lock {@code track} takes on a guild's name. */
  private static Field<Object> nameLock(Region region, Field<String> realm, Field<String> name) {
    return nameLock(nameLockKey(region, realm, name));
  }

  private static Field<Object> nameLock(Field<String> key) {
    return DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 0))", Object.class, key);
  }

  private static Field<String> nameLockKey(Region region, Field<String> realm, Field<String> name) {
    return DSL.val("guildsync.track/" + region.code() + "/")
        .concat(realm)
        .concat(DSL.val("/"))
        .concat(DSL.lower(name));
  }

  /** One guild per Battle.net id (the last one given wins), in id order to lock in one order. */
  private static List<ProfileGuild> distinct(Collection<ProfileGuild> guilds) {
    Map<Long, ProfileGuild> byId = new LinkedHashMap<>();
    guilds.forEach(g -> byId.put(g.bnetGuildId().value(), g));
    List<ProfileGuild> sorted = new ArrayList<>(byId.values());
    sorted.sort(Comparator.comparingLong(g -> g.bnetGuildId().value()));
    return sorted;
  }

  private static Long[] ids(List<ProfileGuild> guilds) {
    return guilds.stream().map(g -> g.bnetGuildId().value()).toArray(Long[]::new);
  }
}
