package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.guild.CharacterFromRoster;
import dev.guildsync.core.guild.CharacterRename;
import dev.guildsync.core.guild.MemberCharacter;
import dev.guildsync.jooq.generated.tables.Characters;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The characters part of one roster save (G2), set-based: renames in place, creations (adopting a
 * row that holds the name without an id), identity changes of rows whose name a member takes, and
 * the resolution of every member to a local key. Each step is one statement whatever the roster
 * size. Character rows it writes are locked by those statements until the save commits.
 */
final class RosterCharacterWrites {
  private static final Characters C = CHARACTERS;
  private static final String IDENTITY_CHANGED =
      "identity changed: the name now belongs to Battle.net character ";

  private final DSLContext tx;
  private final String region;
  private final Set<Long> live;
  private final Map<Long, Long> keysByBnetId = new HashMap<>();
  private final Set<Long> identityChanged = new HashSet<>();
  private final Set<Long> renameRefused = new HashSet<>();
  private int created;

  /**
   * @param live the existing characters the save refers to, locked, that still exist
   */
  RosterCharacterWrites(DSLContext tx, String region, Set<Long> live) {
    this.tx = tx;
    this.region = region;
    this.live = live;
  }

  /**
   * Renames known characters in place, unless another row holds the new (realm, name): that row is
   * marked identity changed and the rename is not applied. Two statements.
   */
  void rename(List<CharacterRename> renames) {
    List<CharacterRename> rows =
        renames.stream().filter(r -> live.contains(r.key().value())).toList();
    if (rows.isEmpty()) {
      return;
    }
    var v = new ArrayTable<>(rows, r -> r.key().value());
    var realm = v.column("realm", SQLDataType.CLOB, String[]::new, r -> r.to().realmSlug());
    var name = v.column("name", SQLDataType.CLOB, String[]::new, r -> r.to().name());
    markHolders(v, realm, name, r -> r.id(), C.ID.ne(v.id()));
    Characters other = C.as("other");
    Set<Long> renamed =
        tx.update(C)
            .set(C.REALM, realm)
            .set(C.NAME, name)
            .from(v.table())
            .where(C.ID.eq(v.id()))
            .andNotExists(
                DSL.selectOne().from(other).where(holds(other, realm, name)).and(other.ID.ne(C.ID)))
            .returningResult(C.ID)
            .fetchSet(r -> r.value1());
    rows.forEach(
        r -> {
          if (!renamed.contains(r.key().value())) {
            renameRefused.add(r.key().value());
          }
        });
  }

  /** The characters whose rename {@link #rename} refused (their events are not recorded). */
  Set<Long> renamesRefused() {
    return renameRefused;
  }

  /**
   * Creates the roster's new characters, or adopts a row that holds the name without an id, then
   * resolves every one to its key and marks the rows whose name blocks one. Three or four
   * statements.
   */
  void create(List<CharacterFromRoster> members) {
    if (members.isEmpty()) {
      return;
    }
    var v = new ArrayTable<>(members, m -> m.id().value());
    var realm = v.column("realm", SQLDataType.CLOB, String[]::new, m -> m.ref().realmSlug());
    var name = v.column("name", SQLDataType.CLOB, String[]::new, m -> m.ref().name());
    var level = v.column("level", SQLDataType.INTEGER, Integer[]::new, m -> m.level());
    var cls = v.column("class", SQLDataType.CLOB, String[]::new, m -> named(m.className()));
    var race = v.column("race", SQLDataType.CLOB, String[]::new, m -> named(m.raceName()));
    Characters byId = C.as("by_id");
    Condition unknownId =
        DSL.notExists(
            DSL.selectOne()
                .from(byId)
                .where(byId.REGION.eq(region))
                .and(byId.BNET_CHARACTER_ID.eq(v.id())));
    tx.update(C)
        .set(C.BNET_CHARACTER_ID, v.id())
        .set(C.LEVEL, level)
        .set(C.CLASS, cls)
        .set(C.RACE, race)
        .from(v.table())
        .where(holds(C, realm, name))
        .and(C.BNET_CHARACTER_ID.isNull())
        .and(unknownId)
        .execute();
    created +=
        tx.insertInto(C, C.REGION, C.REALM, C.NAME, C.BNET_CHARACTER_ID, C.LEVEL, C.CLASS, C.RACE)
            .select(
                DSL.select(DSL.val(region), realm, name, v.id(), level, cls, race)
                    .from(v.table())
                    .where(unknownId))
            .onConflictDoNothing()
            .execute();
    resolve(members.stream().map(m -> m.id().value()).toList());
    List<CharacterFromRoster> blocked =
        members.stream().filter(m -> !keysByBnetId.containsKey(m.id().value())).toList();
    if (!blocked.isEmpty()) {
      markHolders(blocked);
    }
  }

  private void resolve(Collection<Long> bnetIds) {
    tx.select(C.ID, C.BNET_CHARACTER_ID)
        .from(C)
        .where(C.REGION.eq(region))
        .and(C.BNET_CHARACTER_ID.eq(DSL.any(BigintArray.of(bnetIds))))
        .orderBy(C.ID)
        .forKeyShare()
        .fetch()
        .forEach(r -> keysByBnetId.putIfAbsent(r.value2(), r.value1()));
  }

  private void markHolders(List<CharacterFromRoster> blocked) {
    var v = new ArrayTable<>(blocked, m -> m.id().value());
    var realm = v.column("realm", SQLDataType.CLOB, String[]::new, m -> m.ref().realmSlug());
    var name = v.column("name", SQLDataType.CLOB, String[]::new, m -> m.ref().name());
    markHolders(v, realm, name, m -> m.id(), C.BNET_CHARACTER_ID.ne(v.id()));
  }

  /**
   * Marks identity changed every row of the region that holds a row's ({@code realm}, {@code name})
   * and meets {@code other}: the name now belongs to that row's member.
   */
  private <T> void markHolders(
      ArrayTable<T> v,
      Field<String> realm,
      Field<String> name,
      Function<T, BnetCharacterId> member,
      Condition other) {
    var reason =
        v.column(
            "reason", SQLDataType.CLOB, String[]::new, t -> IDENTITY_CHANGED + member.apply(t));
    identityChanged.addAll(
        tx.update(C)
            .set(C.IS_AVAILABLE, false)
            .set(C.LAST_ERROR, reason)
            .from(v.table())
            .where(holds(C, realm, name))
            .and(other)
            .returningResult(C.ID)
            .fetch()
            .getValues(C.ID));
  }

  /** The local key of a member's character; empty when it was blocked or is gone. */
  Optional<Long> key(MemberCharacter who) {
    if (who instanceof MemberCharacter.Known known) {
      long key = known.key().value();
      return live.contains(key) ? Optional.of(key) : Optional.empty();
    }
    BnetCharacterId id = ((MemberCharacter.New) who).id();
    return Optional.ofNullable(keysByBnetId.get(id.value()));
  }

  int created() {
    return created;
  }

  Set<Long> identityChanged() {
    return identityChanged;
  }

  /** {@code c} is the region's row holding ({@code realm}, {@code name}) in any case. */
  private Condition holds(Characters c, Field<String> realm, Field<String> name) {
    return c.REGION.eq(region).and(c.REALM.eq(realm)).and(DSL.lower(c.NAME).eq(DSL.lower(name)));
  }

  private static String named(String name) {
    return name.isEmpty() ? null : name;
  }
}
