package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static dev.guildsync.jooq.Changes.eu;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLink;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.testing.character.StoredCharacter;
import dev.guildsync.testing.character.TestProfiles;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The edges of what the core lets through: every value a profile may hold fits PostgreSQL's
 * columns, and a stored name the core refuses is parked with its reason, never handed out or
 * retried.
 */
class EdgeValuesIT {
  private static final Duration RECHECK = Duration.ofDays(7);

  private JooqStoreFixture fixture;

  @BeforeEach
  void emptyTables() {
    fixture = JooqStoreFixture.empty();
  }

  private Claimed<DueCharacter> claimAt(Instant now) {
    return fixture
        .store()
        .claimDueCharacters(
            new DueQuery(now, now, now.minus(RECHECK), 100, Duration.ofMinutes(10)));
  }

  private void refreshAtT0(CharacterKey key, CharacterProfile profile, GuildLink link) {
    Claimed<DueCharacter> batch = claimAt(T0);
    fixture
        .store()
        .saveCharacters(
            batch.lease(),
            List.of(new CharacterChange.Refreshed(key, profile, link, Optional.empty(), T0)));
  }

  @Test
  void theLargestValuesAProfileMayHoldAreStored() {
    CharacterRef ref = eu("Ærøn");
    CharacterKey key = fixture.addCharacter(ref);
    String longest = "ä".repeat(256);
    Instant latest = Instant.parse("9999-12-31T23:59:59.999999Z");
    CharacterProfile profile =
        TestProfiles.minimal(ref, Long.MAX_VALUE)
            .realmName(longest)
            .level(Integer.MAX_VALUE)
            .characterClass(longest)
            .race(longest)
            .activeSpec(longest)
            .achievementPoints(Long.MAX_VALUE)
            .averageItemLevel(Integer.MAX_VALUE)
            .equippedItemLevel(Integer.MAX_VALUE)
            .lastLogin(latest)
            .guild(new ProfileGuild(BnetGuildId.of(Long.MAX_VALUE), longest, longest))
            .build();
    refreshAtT0(key, profile, new GuildLink.Untracked(profile.guild().orElseThrow()));

    StoredCharacter row = fixture.read(key);
    assertThat(row.level()).contains(Integer.MAX_VALUE);
    assertThat(row.characterClass()).contains(longest);
    assertThat(row.achievementPoints()).contains(Long.MAX_VALUE);
    assertThat(row.lastLogin()).contains(latest);
    assertThat(row.lastSyncedAt()).contains(T0);
  }

  @Test
  void theEarliestLastLoginIsStored() {
    CharacterRef ref = eu("Keniön");
    CharacterKey key = fixture.addCharacter(ref);
    refreshAtT0(
        key,
        TestProfiles.minimal(ref, 7).lastLogin(Instant.EPOCH).build(),
        new GuildLink.Guildless());

    assertThat(fixture.read(key).lastLogin()).contains(Instant.EPOCH);
  }

  @Test
  void aStoredRowNamedDotIsParkedWithItsReasonAndNotRetriedBeforeTheRecheck() {
    fixture
        .sql()
        .execute(
            "insert into characters (region, realm, name)"
                + " values ('eu', 'argent-dawn', '.'), ('eu', '.', 'Aeron')");
    CharacterKey good = fixture.addCharacter(eu("Ærøn"));

    assertThat(claimAt(T0).items()).extracting(DueCharacter::key).containsExactly(good);

    var parked =
        fixture
            .sql()
            .fetch(
                "select name, lease_id, failure_count, last_error, next_attempt_at"
                    + " from characters where name = '.' or realm = '.' order by name");
    assertThat(parked).hasSize(2);
    assertThat(parked.get(0).get("last_error", String.class))
        .isEqualTo("invalid character reference: character name must not be '.': \".\"");
    assertThat(parked.get(1).get("last_error", String.class))
        .isEqualTo("invalid character reference: realm slug must not be '.': \".\"");
    for (var row : parked) {
      assertThat(row.get("lease_id")).as("its lease ended").isNull();
      assertThat(row.get("failure_count", Integer.class)).isEqualTo(1);
      assertThat(row.get("next_attempt_at", OffsetDateTime.class).toInstant())
          .isEqualTo(T0.plus(RECHECK));
    }

    Instant later = T0.plus(Duration.ofDays(1));
    assertThat(claimAt(later).items())
        .as("only the good row is due again; the parked ones wait for the recheck")
        .extracting(DueCharacter::key)
        .containsExactly(good);
    assertThat(
            fixture
                .sql()
                .fetchValue(
                    "select sum(failure_count) from characters where name = '.' or realm = '.'"))
        .hasToString("2");
  }
}
