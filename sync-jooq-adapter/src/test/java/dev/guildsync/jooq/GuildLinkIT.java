package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static dev.guildsync.jooq.Changes.eu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.DueQuery;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The original failure, at the SQL level, and how the adapter avoids it: the Battle.net guild id is
 * translated to the local key per region, or written as NULL.
 */
class GuildLinkIT {
  private static final long BNET_GUILD = 115248327L;

  private JooqStoreFixture fixture;

  @BeforeEach
  void emptyTables() {
    fixture = JooqStoreFixture.empty();
  }

  private Claimed<DueCharacter> claimAll() {
    return fixture
        .store()
        .claimDueCharacters(new DueQuery(T0, T0, T0, 100, Duration.ofMinutes(10)));
  }

  @Test
  void theForeignKeyIsNamedAsInTheOriginalErrorAndSetsNullOnDelete() {
    var row =
        fixture
            .sql()
            .fetchOne(
                "select conname, confdeltype from pg_constraint"
                    + " where conrelid = 'characters'::regclass and contype = 'f'");

    assertThat(row.get(0, String.class)).isEqualTo("characters_guild_id_fkey");
    assertThat(row.get(1, String.class)).isEqualTo("n");
  }

  @Test
  void writingTheBattleNetIdIntoGuildIdFailsOnTheForeignKey() {
    fixture.addGuild(5, Region.EU, BNET_GUILD);
    CharacterKey key = fixture.addCharacter(eu("Ærøn"));

    assertThatThrownBy(
            () ->
                fixture
                    .sql()
                    .execute(
                        "update characters set guild_id = ? where id = ?", BNET_GUILD, key.value()))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("violates foreign key constraint \"characters_guild_id_fkey\"");
  }

  @Test
  void savingThroughTheAdapterLinksTheLocalGuildOrNull() {
    fixture.addGuild(5, Region.EU, BNET_GUILD);
    CharacterKey member = fixture.addCharacter(eu("Ærøn"));
    CharacterKey outsider = fixture.addCharacter(eu("Keniön"));
    Claimed<DueCharacter> batch = claimAll();

    Map<BnetGuildId, GuildKey> found =
        fixture
            .store()
            .findGuildKeys(Region.EU, Set.of(BnetGuildId.of(BNET_GUILD), BnetGuildId.of(42)));
    assertThat(found).containsExactly(Map.entry(BnetGuildId.of(BNET_GUILD), GuildKey.of(5)));

    CharacterSaveResult result =
        fixture
            .store()
            .saveCharacters(
                batch.lease(),
                List.of(
                    Changes.linked(
                        member, eu("Ærøn"), BNET_GUILD, found.get(BnetGuildId.of(BNET_GUILD))),
                    Changes.untracked(outsider, eu("Keniön"), 42)));

    assertThat(result).isEqualTo(CharacterSaveResult.clean());
    assertThat(fixture.read(member).guild()).contains(GuildKey.of(5));
    assertThat(fixture.read(outsider).guild()).isEmpty();
  }

  @Test
  void theSameBattleNetIdInUsAndEuResolvesPerRegion() {
    fixture.addGuild(5, Region.EU, BNET_GUILD);
    fixture.addGuild(6, Region.US, BNET_GUILD);
    CharacterRef euRef = eu("Ærøn");
    CharacterRef usRef = new CharacterRef(Region.US, "stormrage", "Ærøn");
    CharacterKey euChar = fixture.addCharacter(euRef);
    CharacterKey usChar = fixture.addCharacter(usRef);
    Claimed<DueCharacter> batch = claimAll();

    GuildKey euKey =
        fixture
            .store()
            .findGuildKeys(Region.EU, Set.of(BnetGuildId.of(BNET_GUILD)))
            .get(BnetGuildId.of(BNET_GUILD));
    GuildKey usKey =
        fixture
            .store()
            .findGuildKeys(Region.US, Set.of(BnetGuildId.of(BNET_GUILD)))
            .get(BnetGuildId.of(BNET_GUILD));
    fixture
        .store()
        .saveCharacters(
            batch.lease(),
            List.of(
                Changes.linked(euChar, euRef, BNET_GUILD, euKey),
                Changes.linked(usChar, usRef, BNET_GUILD, usKey)));

    assertThat(fixture.read(euChar).guild()).contains(GuildKey.of(5));
    assertThat(fixture.read(usChar).guild()).contains(GuildKey.of(6));
  }

  @Test
  void namesOutsideAsciiSurviveAClaimAndASave() {
    List<CharacterRef> refs = List.of(eu("Ærøn"), eu("Keniön"), eu("Иванка"));
    List<CharacterKey> keys = refs.stream().map(fixture::addCharacter).toList();
    Claimed<DueCharacter> batch = claimAll();

    assertThat(batch.items()).extracting(DueCharacter::ref).containsExactlyElementsOf(refs);
    fixture
        .store()
        .saveCharacters(
            batch.lease(),
            List.of(
                Changes.untracked(keys.get(0), refs.get(0), 1),
                new CharacterChange.Common(new CommonChange.NotFound<>(keys.get(1), T0)),
                new CharacterChange.Common(new CommonChange.Unchanged<>(keys.get(2), T0))));
    for (int i = 0; i < refs.size(); i++) {
      assertThat(fixture.read(keys.get(i)).ref()).isEqualTo(refs.get(i));
    }
  }

  @Test
  void aNameIsUniquePerRealmWhateverItsCase() {
    fixture.addCharacter(eu("Aeron"));

    assertThatThrownBy(() -> fixture.addCharacter(eu("AERON")))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("characters_region_realm_lower_name_key");
    fixture.addCharacter(new CharacterRef(Region.US, "argent-dawn", "AERON"));
  }

  @Test
  void twoChangesForOneCharacterAreRejectedBeforeAnythingIsWritten() {
    CharacterKey key = fixture.addCharacter(eu("Ærøn"));
    Claimed<DueCharacter> batch = claimAll();

    assertThatThrownBy(
            () ->
                fixture
                    .store()
                    .saveCharacters(
                        batch.lease(),
                        List.of(
                            new CharacterChange.Common(new CommonChange.NotFound<>(key, T0)),
                            new CharacterChange.Common(new CommonChange.Unchanged<>(key, T0)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(fixture.read(key).lastSyncedAt()).isEmpty();
  }

  @Test
  void aRowWhoseNameTheCoreRejectsIsParkedWithItsReasonNotFatal() {
    fixture
        .sql()
        .execute("insert into characters (region, realm, name) values ('eu', 'ad', 'Bad/Name')");
    CharacterKey good = fixture.addCharacter(eu("Ærøn"));

    Claimed<DueCharacter> batch = claimAll();

    assertThat(batch.items()).extracting(DueCharacter::key).containsExactly(good);
    var bad =
        fixture
            .sql()
            .fetchOne(
                "select (select count(*) from character_claims k where k.character_id = c.id)"
                    + " as claims, failure_count, last_error, next_attempt_at from characters c"
                    + " where name = 'Bad/Name'");
    assertThat(bad.get("claims", Long.class)).as("its claim ended").isZero();
    assertThat(bad.get("failure_count", Integer.class)).isEqualTo(1);
    assertThat(bad.get("last_error", String.class))
        .isEqualTo(
            "invalid character reference: character name must not contain '/': \"Bad/Name\"");
    assertThat(bad.get("next_attempt_at", java.time.OffsetDateTime.class).toInstant())
        .as("it waits one unavailable-recheck interval (zero in this query)")
        .isEqualTo(T0);
  }

  @Test
  void aBatchOfOnlyRejectedRowsDoesNotEndTheClaimEarly() {
    fixture
        .sql()
        .execute(
            "insert into characters (region, realm, name)"
                + " values ('eu', 'ad', 'Bad/One'), ('eu', 'ad', 'Bad?Two'), ('eu', 'ad', '..')");
    CharacterKey good = fixture.addCharacter(eu("Ærøn"));

    Claimed<DueCharacter> batch =
        fixture
            .store()
            .claimDueCharacters(
                new DueQuery(T0, T0, T0.minus(Duration.ofDays(7)), 2, Duration.ofMinutes(10)));

    assertThat(batch.items()).extracting(DueCharacter::key).containsExactly(good);
  }
}
