package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.GUILDS;
import static dev.guildsync.jooq.generated.Tables.GUILD_MEMBERS;
import static dev.guildsync.jooq.generated.Tables.GUILD_MEMBER_EVENTS;
import static dev.guildsync.jooq.generated.Tables.GUILD_RANKS;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRank;
import dev.guildsync.core.guild.MemberEventKind;
import dev.guildsync.jooq.generated.tables.records.GuildsRecord;
import dev.guildsync.testing.character.StoredCharacter;
import dev.guildsync.testing.guild.GuildStoreFixture;
import dev.guildsync.testing.guild.StoredEvent;
import dev.guildsync.testing.guild.StoredGuild;
import dev.guildsync.testing.guild.StoredMember;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jooq.DSLContext;

/** A {@link GuildStoreFixture} over {@link JooqStore}; rows are set up with plain jOOQ. */
final class JooqGuildStoreFixture implements GuildStoreFixture {
  private final JooqStoreFixture characters;
  private final JooqStore store;

  /** Truncates every table and returns a fixture over a store on the test database. */
  static JooqGuildStoreFixture empty() {
    JooqStoreFixture characters = JooqStoreFixture.empty();
    return new JooqGuildStoreFixture(characters, characters.store());
  }

  JooqGuildStoreFixture(JooqStoreFixture characters, JooqStore store) {
    this.characters = characters;
    this.store = store;
  }

  DSLContext sql() {
    return characters.sql();
  }

  /** The store the character sync uses: the same one (one store serves both syncs). */
  @Override
  public JooqStore characterStore() {
    return characters.store();
  }

  @Override
  public JooqStore store() {
    return store;
  }

  @Override
  public JooqStore registry() {
    return store;
  }

  @Override
  public GuildKey addGuild(Region region, String realmSlug, String name) {
    return GuildKey.of(
        sql()
            .insertInto(GUILDS)
            .set(GUILDS.REGION, region.code())
            .set(GUILDS.REALM, realmSlug)
            .set(GUILDS.NAME, name)
            .returning(GUILDS.ID)
            .fetchOne(GUILDS.ID));
  }

  @Override
  public void deleteGuild(GuildKey key) {
    characters.deleteGuild(key);
  }

  @Override
  public CharacterKey addCharacter(
      CharacterRef ref,
      Optional<BnetCharacterId> id,
      Optional<Instant> lastSyncedAt,
      Optional<GuildKey> guild) {
    CharacterKey key = characters.addCharacter(ref);
    sql()
        .update(CHARACTERS)
        .set(CHARACTERS.BNET_CHARACTER_ID, id.map(BnetCharacterId::value).orElse(null))
        .set(CHARACTERS.LAST_SYNCED_AT, Timestamps.utc(lastSyncedAt.orElse(null)))
        .set(CHARACTERS.GUILD_ID, guild.map(GuildKey::value).orElse(null))
        .where(CHARACTERS.ID.eq(key.value()))
        .execute();
    return key;
  }

  @Override
  public void nameRank(GuildKey guild, int rank, String name) {
    sql()
        .insertInto(GUILD_RANKS)
        .set(GUILD_RANKS.GUILD_ID, guild.value())
        .set(GUILD_RANKS.RANK, rank)
        .set(GUILD_RANKS.NAME, name)
        .onConflict(GUILD_RANKS.GUILD_ID, GUILD_RANKS.RANK)
        .doUpdate()
        .set(GUILD_RANKS.NAME, name)
        .execute();
  }

  @Override
  public StoredGuild readGuild(GuildKey key) {
    GuildsRecord r = sql().fetchOne(GUILDS, GUILDS.ID.eq(key.value()));
    if (r == null) {
      throw new AssertionError("no guild with key " + key);
    }
    return new StoredGuild(
        key,
        Region.parse(r.getRegion()),
        r.getRealm(),
        r.getName(),
        Optional.ofNullable(r.getBnetGuildId()).map(BnetGuildId::of),
        Optional.ofNullable(r.getFaction()).map(Faction::valueOf),
        r.getMemberCount() == null ? OptionalInt.empty() : OptionalInt.of(r.getMemberCount()),
        Optional.ofNullable(r.getLeaderCharacterId()).map(CharacterKey::of),
        r.getIsAvailable(),
        Timestamps.instant(r.getLastSyncedAt()),
        Optional.ofNullable(r.getLastModified()),
        r.getFailureCount(),
        Optional.ofNullable(r.getLastError()),
        Timestamps.instant(r.getNextAttemptAt()));
  }

  @Override
  public List<GuildKey> guildsWithId(Region region, long bnetGuildId) {
    return sql()
        .select(GUILDS.ID)
        .from(GUILDS)
        .where(GUILDS.REGION.eq(region.code()))
        .and(GUILDS.BNET_GUILD_ID.eq(bnetGuildId))
        .fetch(r -> GuildKey.of(r.value1()));
  }

  @Override
  public List<StoredMember> members(GuildKey guild) {
    return sql()
        .selectFrom(GUILD_MEMBERS)
        .where(GUILD_MEMBERS.GUILD_ID.eq(guild.value()))
        .orderBy(GUILD_MEMBERS.CHARACTER_ID)
        .fetch(
            r ->
                new StoredMember(
                    CharacterKey.of(r.getCharacterId()),
                    r.getRank(),
                    r.getJoinedAt().toInstant(),
                    Timestamps.instant(r.getLeftAt()),
                    r.getMissedRosters()));
  }

  @Override
  public List<GuildRank> ranks(GuildKey guild) {
    return sql()
        .selectFrom(GUILD_RANKS)
        .where(GUILD_RANKS.GUILD_ID.eq(guild.value()))
        .orderBy(GUILD_RANKS.RANK)
        .fetch(r -> new GuildRank(r.getRank(), r.getName(), r.getMemberCount()));
  }

  @Override
  public List<StoredEvent> events(GuildKey guild) {
    return sql()
        .selectFrom(GUILD_MEMBER_EVENTS)
        .where(GUILD_MEMBER_EVENTS.GUILD_ID.eq(guild.value()))
        .orderBy(GUILD_MEMBER_EVENTS.ID)
        .fetch(
            r ->
                new StoredEvent(
                    CharacterKey.of(r.getCharacterId()),
                    MemberEventKind.valueOf(r.getKind().toUpperCase(Locale.ROOT)),
                    r.getOccurredAt().toInstant(),
                    r.getDetail()));
  }

  @Override
  public StoredCharacter readCharacter(CharacterKey key) {
    return characters.read(key);
  }

  @Override
  public Optional<StoredCharacter> characterWithId(Region region, long bnetCharacterId) {
    return sql()
        .select(CHARACTERS.ID)
        .from(CHARACTERS)
        .where(CHARACTERS.REGION.eq(region.code()))
        .and(CHARACTERS.BNET_CHARACTER_ID.eq(bnetCharacterId))
        .fetchOptional(CHARACTERS.ID)
        .map(id -> characters.read(CharacterKey.of(id)));
  }
}
