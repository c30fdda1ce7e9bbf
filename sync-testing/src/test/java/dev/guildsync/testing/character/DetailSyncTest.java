package dev.guildsync.testing.character;

import static dev.guildsync.core.detail.CharacterDetail.EQUIPMENT;
import static dev.guildsync.core.detail.CharacterDetail.MYTHIC_PLUS;
import static dev.guildsync.core.detail.CharacterDetail.PROFESSIONS;
import static dev.guildsync.core.detail.CharacterDetail.TOYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.character.CharacterOutcome;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncOutcome;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncReport.DetailCounts;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import dev.guildsync.core.detail.DetailFetch;
import dev.guildsync.core.detail.DetailOutcome;
import dev.guildsync.core.detail.Equipment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** D1 to D4 through the service, the in-memory store and a scripted detail source. */
class DetailSyncTest extends SyncHarness {
  private static final long ID = 1;
  private static final Set<CharacterDetail> DEFAULT =
      EnumSet.of(EQUIPMENT, MYTHIC_PLUS, PROFESSIONS);

  private final ScriptedDetailSource details = new ScriptedDetailSource(ID);
  private final List<CharacterOutcome> heard = new ArrayList<>();

  private static FetchResult<CharacterProfile> loggedIn(Instant at) {
    return FetchResult.found(TestProfiles.profile(eu("Ærøn"), ID).lastLogin(at).build(), "lm");
  }

  private CharacterSyncService service(Set<CharacterDetail> enabled) {
    return CharacterSyncService.newBuilder()
        .guildLookup(guilds)
        .characterStore(store)
        .profileSource(profiles)
        .detailSource(details)
        .clock(clock)
        .settings(
            CharacterSyncSettings.newBuilder().staleAfter(Duration.ZERO).details(enabled).build())
        .listener(
            new CharacterSyncListener() {
              @Override
              public void characterSynced(CharacterOutcome outcome) {
                heard.add(outcome);
              }
            })
        .build();
  }

  private CharacterSyncReport run(Set<CharacterDetail> enabled) {
    details.clearCalls();
    heard.clear();
    clock.advance(Duration.ofHours(1));
    return service(enabled).run();
  }

  private List<CharacterDetail> asked() {
    return details.calls().stream().map(ScriptedDetailSource.Call::detail).toList();
  }

  @Test
  void aFirstSyncFetchesEveryEnabledDetailAndAReRunWithoutLoginFetchesNone() {
    CharacterKey key = store.add(eu("Ærøn"));
    profiles.script(eu("Ærøn"), loggedIn(T0.minus(Duration.ofHours(2))), FetchResult.notModified());

    CharacterSyncReport first = run(DEFAULT);
    assertThat(asked()).containsExactlyInAnyOrderElementsOf(DEFAULT);
    assertThat(first.details()).containsOnlyKeys(DEFAULT);
    assertThat(first.details().get(EQUIPMENT)).isEqualTo(new DetailCounts(1, 0, 0, 0));
    assertThat(heard.get(0).details()).containsEntry(MYTHIC_PLUS, DetailFetch.FETCHED);
    assertThat(store.details(key).mythicRating()).contains(2450.5);
    assertThat(store.detail(key, EQUIPMENT)).contains(TestDetails.equipment(ID, 480));

    CharacterSyncReport second = run(DEFAULT);
    assertThat(second.unchanged()).isEqualTo(1);
    assertThat(asked()).as("a 304 with the details current costs nothing more").isEmpty();
    assertThat(second.details().get(EQUIPMENT)).isEqualTo(DetailCounts.NONE);
  }

  @Test
  void aLoginMakesEveryDetailDueAndTheyAreAskedConditionally() {
    store.add(eu("Ærøn"));
    Instant login = T0.minus(Duration.ofHours(2));
    profiles.script(eu("Ærøn"), loggedIn(login), loggedIn(login.plus(Duration.ofHours(2))));
    run(DEFAULT);
    details.answer(
        eu("Ærøn"),
        EQUIPMENT,
        since -> since.isPresent() ? FetchResult.notModified() : FetchResult.failed(false, "x"));

    CharacterSyncReport report = run(DEFAULT);

    assertThat(asked()).containsExactlyInAnyOrderElementsOf(DEFAULT);
    assertThat(details.calls())
        .allSatisfy(c -> assertThat(c.lastModified()).contains("Mon, 23 Nov 2026 09:00:00 GMT"));
    assertThat(report.details().get(EQUIPMENT)).isEqualTo(new DetailCounts(0, 1, 0, 0));
    assertThat(report.details().get(MYTHIC_PLUS)).isEqualTo(new DetailCounts(1, 0, 0, 0));
  }

  @Test
  void noDetailIsAskedAfterAProfileNotFoundFailureOrIdentityChange() {
    CharacterKey key = store.add(eu("Ærøn"));
    profiles.script(
        eu("Ærøn"),
        loggedIn(T0),
        FetchResult.notFound("HTTP 404"),
        FetchResult.failed(true, "HTTP 503"),
        FetchResult.found(
            TestProfiles.profile(eu("Ærøn"), 99).lastLogin(clock.instant().plusSeconds(9)).build(),
            null));
    run(DEFAULT);

    List<CharacterSyncOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofDays(8));
      run(DEFAULT);
      assertThat(asked()).isEmpty();
      outcomes.add(heard.get(0).result().outcome());
    }
    assertThat(outcomes)
        .containsExactly(
            CharacterSyncOutcome.NOT_FOUND,
            CharacterSyncOutcome.FAILED,
            CharacterSyncOutcome.IDENTITY_CHANGED);
    assertThat(store.details(key).rows()).containsOnlyKeys(DEFAULT);
  }

  @Test
  void aFailedDetailIsThatDetailsOutcomeOnlyAndIsRetriedAtTheNextProfileCheck() {
    CharacterKey key = store.add(eu("Ærøn"));
    profiles.script(eu("Ærøn"), loggedIn(T0.minus(Duration.ofHours(2))), FetchResult.notModified());
    details.script(eu("Ærøn"), MYTHIC_PLUS, FetchResult.failed(true, "HTTP 503"));

    CharacterSyncReport first = run(DEFAULT);

    assertThat(first.updated()).isEqualTo(1);
    assertThat(first.details().get(MYTHIC_PLUS)).isEqualTo(new DetailCounts(0, 0, 0, 1));
    assertThat(store.details(key).rows().get(MYTHIC_PLUS).reason())
        .contains("mythic-plus: HTTP 503");
    assertThat(store.details(key).rows().get(EQUIPMENT).state().outcome())
        .isEqualTo(DetailOutcome.FOUND);

    details.script(
        eu("Ærøn"), MYTHIC_PLUS, FetchResult.found(TestDetails.mythicPlus(ID, 2000), null));
    CharacterSyncReport second = run(DEFAULT);
    assertThat(asked()).containsExactly(MYTHIC_PLUS);
    assertThat(second.details().get(MYTHIC_PLUS).fetched()).isEqualTo(1);
    assertThat(store.details(key).mythicRating()).contains(2000.0);
  }

  @Test
  void aBodyOfAnotherCharacterIsNotStored() {
    CharacterKey key = store.add(eu("Ærøn"));
    profiles.script(eu("Ærøn"), loggedIn(T0));
    details.script(eu("Ærøn"), EQUIPMENT, FetchResult.found(TestDetails.equipment(77, 400), null));

    CharacterSyncReport report = run(EnumSet.of(EQUIPMENT));

    assertThat(report.details().get(EQUIPMENT).failed()).isEqualTo(1);
    assertThat(store.detail(key, EQUIPMENT)).isEmpty();
    assertThat(store.details(key).rows().get(EQUIPMENT).reason().orElseThrow())
        .contains("identity")
        .contains("77");
  }

  @Test
  void aThrowingOrNotFoundDetailLeavesTheOthersAlone() {
    CharacterKey key = store.add(eu("Ærøn"));
    profiles.script(eu("Ærøn"), loggedIn(T0));
    details.answer(
        eu("Ærøn"),
        EQUIPMENT,
        since -> {
          throw new IllegalStateException("boom");
        });
    details.script(eu("Ærøn"), TOYS, FetchResult.notFound("HTTP 404"));

    CharacterSyncReport report = run(EnumSet.of(EQUIPMENT, TOYS, PROFESSIONS));

    assertThat(report.updated()).isEqualTo(1);
    assertThat(report.details().get(EQUIPMENT).failed()).isEqualTo(1);
    assertThat(report.details().get(TOYS).absent()).isEqualTo(1);
    assertThat(report.details().get(PROFESSIONS).fetched()).isEqualTo(1);
    assertThat(store.details(key).toyHash()).isEmpty();
    assertThat(heard.get(0).result().outcome()).isEqualTo(CharacterSyncOutcome.UPDATED);
  }

  @Test
  void aNewlyEnabledDetailIsFilledInAtTheNextProfileCheck() {
    store.add(eu("Ærøn"));
    profiles.script(eu("Ærøn"), loggedIn(T0.minus(Duration.ofHours(2))), FetchResult.notModified());
    run(DEFAULT);

    run(EnumSet.of(EQUIPMENT, MYTHIC_PLUS, PROFESSIONS, TOYS));

    assertThat(asked()).containsExactly(TOYS);
  }

  @Test
  void detailsWithoutASourceAreRefusedAtBuildTime() {
    CharacterSyncService.Builder builder =
        CharacterSyncService.newBuilder()
            .guildLookup(guilds)
            .characterStore(store)
            .profileSource(profiles)
            .settings(CharacterSyncSettings.newBuilder().details(DEFAULT).build());
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("equipment,mythic-plus,professions");
  }

  @Test
  void anEquipmentOfTheWrongDetailIsAFailure() {
    store.add(eu("Ærøn"));
    profiles.script(eu("Ærøn"), loggedIn(T0));
    DetailData wrong = TestDetails.toys();
    details.script(eu("Ærøn"), EQUIPMENT, FetchResult.found(wrong, null));
    assertThat(run(EnumSet.of(EQUIPMENT)).details().get(EQUIPMENT).failed()).isEqualTo(1);
    assertThat(wrong).isNotInstanceOf(Equipment.class);
  }
}
