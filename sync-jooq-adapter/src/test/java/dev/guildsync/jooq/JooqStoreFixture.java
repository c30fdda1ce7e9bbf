package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.GUILDS;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.jooq.generated.tables.records.CharactersRecord;
import dev.guildsync.testing.character.DetailStoreFixture;
import dev.guildsync.testing.character.RetentionColumns;
import dev.guildsync.testing.character.StoredCharacter;
import dev.guildsync.testing.character.StoredDetails;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** A {@link DetailStoreFixture} over {@link JooqStore}; rows are set up with plain jOOQ. */
final class JooqStoreFixture implements DetailStoreFixture {
  private final DSLContext sql = DSL.using(TestDatabase.dataSource(), SQLDialect.POSTGRES);
  private final JooqStore store;

  /** Truncates both tables and returns a fixture over a store on the test database. */
  static JooqStoreFixture empty() {
    TestDatabase.truncate();
    return new JooqStoreFixture(JooqStore.create(TestDatabase.dataSource()));
  }

  JooqStoreFixture(JooqStore store) {
    this.store = store;
  }

  DSLContext sql() {
    return sql;
  }

  @Override
  public JooqStore guildLookup() {
    return store;
  }

  @Override
  public JooqStore store() {
    return store;
  }

  @Override
  public GuildKey addGuild(Region region, BnetGuildId bnetGuildId, String name, String realmSlug) {
    return GuildKey.of(
        sql.insertInto(GUILDS)
            .set(GUILDS.REGION, region.code())
            .set(GUILDS.BNET_GUILD_ID, bnetGuildId.value())
            .set(GUILDS.NAME, name)
            .set(GUILDS.REALM, realmSlug)
            .returning(GUILDS.ID)
            .fetchOne(GUILDS.ID));
  }

  /** Inserts a guild with a key the application chose, as existing systems do. */
  GuildKey addGuild(long id, Region region, long bnetGuildId) {
    sql.insertInto(GUILDS)
        .set(GUILDS.ID, id)
        .set(GUILDS.REGION, region.code())
        .set(GUILDS.BNET_GUILD_ID, bnetGuildId)
        .execute();
    return GuildKey.of(id);
  }

  @Override
  public void deleteGuild(GuildKey key) {
    sql.deleteFrom(GUILDS).where(GUILDS.ID.eq(key.value())).execute();
  }

  @Override
  public CharacterKey addCharacter(CharacterRef ref) {
    return CharacterKey.of(
        sql.insertInto(CHARACTERS)
            .set(CHARACTERS.REGION, ref.region().code())
            .set(CHARACTERS.REALM, ref.realmSlug())
            .set(CHARACTERS.NAME, ref.name())
            .returning(CHARACTERS.ID)
            .fetchOne(CHARACTERS.ID));
  }

  @Override
  public StoredCharacter read(CharacterKey key) {
    CharactersRecord r = sql.fetchOne(CHARACTERS, CHARACTERS.ID.eq(key.value()));
    if (r == null) {
      throw new AssertionError("no character with key " + key);
    }
    return new StoredCharacter(
        key,
        new CharacterRef(Region.parse(r.getRegion()), r.getRealm(), r.getName()),
        Optional.ofNullable(r.getBnetCharacterId()).map(BnetCharacterId::of),
        Optional.ofNullable(r.getGuildId()).map(GuildKey::of),
        Optional.ofNullable(r.getLevel()),
        Optional.ofNullable(r.getClass_()),
        Optional.ofNullable(r.getRace()),
        Optional.ofNullable(r.getFaction()).map(Faction::valueOf),
        Optional.ofNullable(r.getActiveSpec()),
        Optional.ofNullable(r.getAchievementPoints()),
        Optional.ofNullable(r.getAverageItemLevel()),
        Optional.ofNullable(r.getEquippedItemLevel()),
        Timestamps.instant(r.getLastLoginAt()),
        r.getIsAvailable(),
        Timestamps.instant(r.getLastSyncedAt()),
        Optional.ofNullable(r.getLastModified()),
        r.getFailureCount(),
        Optional.ofNullable(r.getLastError()),
        Timestamps.instant(r.getNextAttemptAt()));
  }

  @Override
  public RetentionColumns readRetention(CharacterKey key) {
    CharactersRecord r = sql.fetchOne(CHARACTERS, CHARACTERS.ID.eq(key.value()));
    if (r == null) {
      throw new AssertionError("no character with key " + key);
    }
    return new RetentionColumns(
        Timestamps.instant(r.getLastValidatedAt()),
        Timestamps.instant(r.getInvalidatedAt()),
        Timestamps.instant(r.getPurgedAt()));
  }

  @Override
  public StoredDetails readDetails(CharacterKey key) {
    return JooqDetailReads.read(sql, key);
  }

  @Override
  public boolean exists(CharacterKey key) {
    return sql.fetchExists(CHARACTERS, CHARACTERS.ID.eq(key.value()));
  }
}
