package dev.guildsync.testing.guild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildRank;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSaveStatus;
import dev.guildsync.core.guild.MemberEventKind;
import dev.guildsync.core.guild.TrackedGuild;
import dev.guildsync.testing.character.StoredCharacter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.guildsync.core.guild.GuildStorePort}'s roster save: what a roster's
 * change writes (guild row, characters, members, ranks, events, links), G1 at write time, guild
 * deletes, lost leases and release. Extend it and return a fresh, empty fixture over your
 * implementation from {@link #newFixture()}; {@link GuildStoreLeaseContract} and {@link
 * GuildStoreCharactersContract} hold the rest of the port's contract.
 */
public abstract class GuildStorePortContract extends GuildStoreContractSupport {

  @Test
  void aRosterWritesTheGuildItsMembersRanksEventsAndNewCharacters() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    CharacterKey aeron =
        fixture.addCharacter(
            eu("Ærøn"), Optional.of(BnetCharacterId.of(1)), Optional.empty(), Optional.empty());

    GuildSaveResult saved = sync(key, T0, longWatch(0, 1, 5));

    assertThat(saved).isEqualTo(GuildSaveResult.written(2));
    StoredGuild guild = fixture.readGuild(key);
    assertThat(guild.bnetGuildId())
        .hasValueSatisfying(id -> assertThat(id.value()).isEqualTo(LONG_WATCH));
    assertThat(guild.memberCount()).hasValue(3);
    assertThat(guild.leader()).contains(aeron);
    assertThat(guild.available()).isTrue();
    assertThat(guild.lastSyncedAt()).contains(T0);
    assertThat(guild.lastModified()).contains("Tue, 24 Nov 2026 09:00:00 GMT");
    assertThat(fixture.members(key)).hasSize(3).allSatisfy(m -> assertThat(m.leftAt()).isEmpty());
    assertThat(fixture.ranks(key))
        .containsExactly(
            new GuildRank(0, "Guild Master", 1),
            new GuildRank(1, "Rank 1", 1),
            new GuildRank(5, "Rank 5", 1));
    assertThat(fixture.events(key))
        .extracting(StoredEvent::kind)
        .containsOnly(MemberEventKind.JOINED);
    StoredCharacter created = fixture.characterWithId(Region.EU, 3).orElseThrow();
    assertThat(created.ref()).isEqualTo(eu("Иванка"));
    assertThat(created.level()).contains(80);
    assertThat(created.characterClass()).contains("Paladin");
    assertThat(created.race()).contains("Dwarf");
    assertThat(created.lastSyncedAt()).as("due for a profile sync").isEmpty();
    assertThat(created.guild()).contains(key);
    assertThat(fixture.readCharacter(aeron).guild()).contains(key);
  }

  @Test
  void theSameRosterTwiceWritesNoEventAndKeepsTheRows() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    sync(key, T0, longWatch(0, 1, 5));
    List<StoredMember> members = fixture.members(key);

    Instant later = T0.plus(Duration.ofDays(1));
    assertThat(sync(key, later, longWatch(0, 1, 5))).isEqualTo(GuildSaveResult.written(0));

    assertThat(fixture.members(key)).isEqualTo(members);
    assertThat(fixture.events(key)).hasSize(3);
    assertThat(fixture.readGuild(key).lastSyncedAt()).contains(later);
  }

  @Test
  void aStoredRankNameIsNeverOverwrittenEvenWhenNamedBetweenReadAndWrite() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    sync(key, T0, longWatch(0, 1, 5));
    fixture.nameRank(key, 1, "Officer");

    sync(
        key,
        T0.plus(Duration.ofDays(1)),
        longWatch(0, 5, 5),
        () -> fixture.nameRank(key, 5, "Raider"));

    assertThat(fixture.ranks(key))
        .containsExactly(
            new GuildRank(0, "Guild Master", 1),
            new GuildRank(1, "Officer", 0),
            new GuildRank(5, "Raider", 2));
  }

  @Test
  void anIdTakenByAnotherGuildBeforeTheWriteIsADuplicateAndNothingIsWritten() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");

    GuildSaveResult saved =
        sync(
            key,
            T0,
            longWatch(0, 1, 5),
            () ->
                fixture
                    .registry()
                    .registerGuilds(
                        Region.EU,
                        List.of(new ProfileGuild(BnetGuildId.of(LONG_WATCH), "Other", REALM))));

    assertThat(saved.status()).isEqualTo(GuildSaveStatus.DUPLICATE);
    assertThat(saved.duplicateOf()).isPresent().isNotEqualTo(Optional.of(key));
    assertThat(fixture.readGuild(key).bnetGuildId()).isEmpty();
    assertThat(fixture.members(key)).isEmpty();
    assertThat(fixture.characterWithId(Region.EU, 3)).isEmpty();
    assertThat(fixture.readGuild(key).lastError())
        .hasValueSatisfying(e -> assertThat(e).contains("held by"));
  }

  @Test
  void aGuildDeletedBeforeTheWriteGetsNothingAndNoError() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");

    GuildSaveResult saved = sync(key, T0, longWatch(0, 1, 5), () -> fixture.deleteGuild(key));

    assertThat(saved.status()).isEqualTo(GuildSaveStatus.GUILD_DELETED);
    assertThat(fixture.characterWithId(Region.EU, 3)).isEmpty();
  }

  @Test
  void deletingAGuildAfterTheWriteCascadesAndUnlinks() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    sync(key, T0, longWatch(0, 1, 5));
    StoredCharacter created = fixture.characterWithId(Region.EU, 3).orElseThrow();

    fixture.deleteGuild(key);

    assertThat(fixture.readCharacter(created.key()).guild()).isEmpty();
    assertThat(fixture.members(key)).isEmpty();
    assertThat(fixture.ranks(key)).isEmpty();
    assertThat(fixture.events(key)).isEmpty();
  }

  @Test
  void aSaveUnderALostLeaseWritesNothing() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    Claimed<TrackedGuild> stale = claim(T0, 100);
    Instant after = T0.plus(Duration.ofMinutes(11));
    claim(after, 100);

    GuildSaveResult saved =
        fixture
            .store()
            .saveGuild(
                stale.lease(), new GuildChange.Common(new CommonChange.NotFound<>(key, after)));

    assertThat(saved.status()).isEqualTo(GuildSaveStatus.LEASE_LOST);
    assertThat(fixture.readGuild(key).available()).isTrue();
  }

  @Test
  void releaseMakesTheLeasedGuildsClaimableAtOnce() {
    GuildKey key = fixture.addGuild(Region.EU, REALM, "The Long Watch");
    Lease lease = claim(T0, 100).lease();
    assertThat(claim(T0, 100).isEmpty()).isTrue();

    fixture.store().release(lease);
    fixture.store().release(new Lease(UUID.randomUUID(), T0));

    assertThat(claim(T0, 100).items()).extracting(TrackedGuild::key).containsExactly(key);
  }
}
