package dev.guildsync.testing.character;

import static dev.guildsync.testing.character.CharacterContractSteps.AERON;
import static dev.guildsync.testing.character.CharacterContractSteps.T0;
import static dev.guildsync.testing.character.CharacterContractSteps.claim;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLink;
import dev.guildsync.core.character.RetentionPolicy;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.SyncState;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailFetch;
import dev.guildsync.core.detail.DetailOutcome;
import dev.guildsync.core.detail.DetailState;
import dev.guildsync.core.detail.DetailUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The details part of {@link dev.guildsync.core.character.CharacterStorePort}'s contract: details
 * written with their character's change (D5), handed back by the next claim, the derived columns
 * (Mythic+ rating and colour, toy hash, raid progress), what a 304, a 404 and a failure keep, and
 * that a purge or delete removes them (D6). Extend it with a fresh, empty fixture per test.
 */
public abstract class CharacterDetailsContract {
  private static final long BNET_ID = 201337420L;
  private static final Instant LOGIN = T0.minus(Duration.ofHours(1));
  private static final String LM = "Tue, 24 Nov 2026 09:00:00 GMT";
  private static final Duration LATER = Duration.ofHours(7);

  private DetailStoreFixture fixture;
  private CharacterKey key;

  /** A fixture over the implementation under test, with no rows. */
  protected abstract DetailStoreFixture newFixture();

  @BeforeEach
  void setUpDetailsFixture() {
    fixture = newFixture();
    key = fixture.addCharacter(AERON);
  }

  private DetailUpdate fetched(CharacterDetail detail, Instant at) {
    return new DetailUpdate(
        key,
        detail,
        DetailFetch.FETCHED,
        Optional.of(LOGIN),
        Optional.of(LM),
        at,
        Optional.of(TestDetails.of(detail, BNET_ID)),
        Optional.empty());
  }

  private DetailUpdate plain(CharacterDetail detail, DetailFetch fetch, Instant at) {
    return new DetailUpdate(
        key,
        detail,
        fetch,
        Optional.of(LOGIN.plus(Duration.ofMinutes(5))),
        Optional.empty(),
        at,
        Optional.empty(),
        fetch == DetailFetch.FAILED
            ? Optional.of(detail.wireName() + ": HTTP 503")
            : Optional.empty());
  }

  /** Claims at {@code at} and saves a refresh of the character carrying {@code details}. */
  private DueCharacter refresh(Instant at, DetailUpdate... details) {
    Claimed<DueCharacter> batch = claim(fixture, at);
    CharacterProfile profile = TestProfiles.profile(AERON, BNET_ID).lastLogin(LOGIN).build();
    fixture
        .store()
        .saveCharacters(
            batch.lease(),
            List.of(
                new CharacterChange.Refreshed(
                    key,
                    profile,
                    new GuildLink.Guildless(),
                    Optional.of(LM),
                    at,
                    Arrays.asList(details))));
    return batch.items().get(0);
  }

  private DueCharacter claimed(Instant at) {
    Claimed<DueCharacter> batch = claim(fixture, at);
    assertThat(batch.items()).extracting(DueCharacter::key).containsExactly(key);
    fixture.store().release(batch.lease());
    return batch.items().get(0);
  }

  private DetailUpdate[] all(Instant at) {
    return Arrays.stream(CharacterDetail.values())
        .map(d -> fetched(d, at))
        .toArray(DetailUpdate[]::new);
  }

  @Test
  void fetchedDetailsAreWrittenWithTheChangeAndHandedBackByTheNextClaim() {
    assertThat(claimed(T0).details()).isEmpty();
    refresh(T0, all(T0));

    StoredDetails stored = fixture.readDetails(key);
    assertThat(stored.rows()).containsOnlyKeys(CharacterDetail.values());
    assertThat(stored.rows().values())
        .allSatisfy(
            row -> {
              assertThat(row.hasData()).isTrue();
              assertThat(row.state().outcome()).isEqualTo(DetailOutcome.FOUND);
              assertThat(row.fetchedAt()).isEqualTo(T0);
            });
    assertThat(stored.mythicRating()).contains(2450.5);
    assertThat(stored.mythicRatingColor()).contains("#ff8000");
    assertThat(stored.toyHash()).contains(TestDetails.toys().hash());
    assertThat(stored.raids())
        .extracting(StoredDetails.RaidProgress::difficulty, StoredDetails.RaidProgress::completed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("HEROIC", 3),
            org.assertj.core.groups.Tuple.tuple("NORMAL", 8));
    assertThat(stored.raids().get(0).lastKillAt()).contains(Instant.parse("2026-11-18T21:00:00Z"));

    DueCharacter next = claimed(T0.plus(LATER));
    assertThat(next.lastLogin()).contains(LOGIN);
    assertThat(next.details().get(CharacterDetail.EQUIPMENT))
        .isEqualTo(
            new DetailState(
                Optional.of(LOGIN),
                Optional.of(LM),
                CharacterDetail.EQUIPMENT.version(),
                DetailOutcome.FOUND));
    assertThat(next.details()).containsOnlyKeys(CharacterDetail.values());
  }

  @Test
  void aSecondFetchReplacesTheRaidProgressRows() {
    refresh(T0, fetched(CharacterDetail.RAIDS, T0));
    DetailUpdate fewer =
        new DetailUpdate(
            key,
            CharacterDetail.RAIDS,
            DetailFetch.FETCHED,
            Optional.of(LOGIN),
            Optional.of(LM),
            T0.plus(LATER),
            Optional.of(TestDetails.raids(BNET_ID, 5, T0)),
            Optional.empty());
    refresh(T0.plus(LATER), fewer);

    assertThat(fixture.readDetails(key).raids())
        .extracting(StoredDetails.RaidProgress::difficulty, StoredDetails.RaidProgress::completed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("HEROIC", 5),
            org.assertj.core.groups.Tuple.tuple("NORMAL", 8));
  }

  @Test
  void aNotModifiedDetailKeepsItsDataAndMovesItsLogin() {
    refresh(T0, fetched(CharacterDetail.EQUIPMENT, T0));
    Claimed<DueCharacter> batch = claim(fixture, T0.plus(LATER));
    DueCharacter c = batch.items().get(0);
    fixture
        .store()
        .saveCharacters(
            batch.lease(),
            List.of(
                new CharacterChange.Common(
                    new CommonChange.Unchanged<>(key, T0.plus(LATER)),
                    List.of(
                        plain(
                            CharacterDetail.EQUIPMENT,
                            DetailFetch.NOT_MODIFIED,
                            T0.plus(LATER))))));

    StoredDetails.Row row = fixture.readDetails(key).rows().get(CharacterDetail.EQUIPMENT);
    assertThat(c.state()).isNotEqualTo(SyncState.neverSynced());
    assertThat(row.hasData()).isTrue();
    assertThat(row.state())
        .isEqualTo(
            new DetailState(
                Optional.of(LOGIN.plus(Duration.ofMinutes(5))),
                Optional.of(LM),
                1,
                DetailOutcome.FOUND));
    assertThat(row.fetchedAt()).isEqualTo(T0.plus(LATER));
  }

  @Test
  void aNotFoundDetailKeepsEquipmentAndRaidsButClearsRatingToysAndProfessions() {
    refresh(T0, all(T0));
    Instant later = T0.plus(LATER);
    refresh(
        later,
        Arrays.stream(CharacterDetail.values())
            .map(d -> plain(d, DetailFetch.ABSENT, later))
            .toArray(DetailUpdate[]::new));

    StoredDetails stored = fixture.readDetails(key);
    assertThat(stored.rows().values())
        .allSatisfy(
            row -> {
              assertThat(row.state().outcome()).isEqualTo(DetailOutcome.ABSENT);
              assertThat(row.state().lastModified()).isEmpty();
            });
    assertThat(stored.rows().get(CharacterDetail.EQUIPMENT).hasData()).isTrue();
    assertThat(stored.rows().get(CharacterDetail.RAIDS).hasData()).isTrue();
    assertThat(stored.rows().get(CharacterDetail.PROFESSIONS).hasData()).isFalse();
    assertThat(stored.rows().get(CharacterDetail.MYTHIC_PLUS).hasData()).isFalse();
    assertThat(stored.mythicRating()).isEmpty();
    assertThat(stored.mythicRatingColor()).isEmpty();
    assertThat(stored.toyHash()).isEmpty();
    assertThat(stored.raids()).hasSize(2);
  }

  @Test
  void aFailedDetailKeepsWhatWasStoredAndStaysDue() {
    refresh(T0, fetched(CharacterDetail.MYTHIC_PLUS, T0));
    Instant later = T0.plus(LATER);
    refresh(
        later,
        plain(CharacterDetail.MYTHIC_PLUS, DetailFetch.FAILED, later),
        plain(CharacterDetail.TOYS, DetailFetch.FAILED, later));

    StoredDetails stored = fixture.readDetails(key);
    StoredDetails.Row mythic = stored.rows().get(CharacterDetail.MYTHIC_PLUS);
    assertThat(mythic.hasData()).isTrue();
    assertThat(mythic.reason()).contains("mythic-plus: HTTP 503");
    assertThat(mythic.state())
        .isEqualTo(new DetailState(Optional.of(LOGIN), Optional.of(LM), 1, DetailOutcome.FAILED));
    assertThat(stored.mythicRating()).contains(2450.5);
    StoredDetails.Row toys = stored.rows().get(CharacterDetail.TOYS);
    assertThat(toys.hasData()).isFalse();
    assertThat(toys.state().fetchedForLogin()).isEmpty();
    assertThat(toys.state().outcome()).isEqualTo(DetailOutcome.FAILED);
    assertThat(stored.toyHash()).isEmpty();
  }

  @Test
  void detailsOfALostLeaseAreNotWritten() {
    Claimed<DueCharacter> first = claim(fixture, T0);
    fixture.store().release(first.lease());
    claim(fixture, T0);
    fixture
        .store()
        .saveCharacters(
            first.lease(),
            List.of(
                new CharacterChange.Refreshed(
                    key,
                    TestProfiles.profile(AERON, BNET_ID).build(),
                    new GuildLink.Guildless(),
                    Optional.empty(),
                    T0,
                    List.of(fetched(CharacterDetail.TOYS, T0)))));

    assertThat(fixture.readDetails(key)).isEqualTo(StoredDetails.none());
  }

  @Test
  void purgingACharacterRemovesItsDetails() {
    retire(RetentionPolicy.PURGE);
    assertThat(fixture.readDetails(key)).isEqualTo(StoredDetails.none());
  }

  @Test
  void deletingACharacterRemovesItsDetails() {
    retire(RetentionPolicy.DELETE);
    assertThat(fixture.exists(key)).isFalse();
    assertThat(fixture.readDetails(key)).isEqualTo(StoredDetails.none());
  }

  private void retire(RetentionPolicy policy) {
    refresh(T0, all(T0));
    assertThat(fixture.readDetails(key).rows()).hasSize(CharacterDetail.values().length);
    Instant later = T0.plus(LATER);
    Claimed<DueCharacter> batch = claim(fixture, later);
    fixture
        .store()
        .saveCharacters(
            batch.lease(),
            List.of(new CharacterChange.Invalidated(key, policy, "status: 404", later)));
  }
}
