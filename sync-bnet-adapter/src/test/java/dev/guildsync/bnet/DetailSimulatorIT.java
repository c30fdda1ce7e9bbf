package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import dev.guildsync.core.detail.Equipment;
import dev.guildsync.core.detail.MythicPlus;
import dev.guildsync.core.detail.Raids;
import dev.guildsync.simulator.BattleNetSimulator;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the simulator's detail endpoints: what a login, a 404 and a failure do. */
class DetailSimulatorIT {
  private static final Instant LOGOUT = Instant.parse("2026-11-24T08:00:00Z");
  private static final CharacterRef AERON = new CharacterRef(Region.EU, "argent-dawn", "Aeron");
  private final BattleNetSimulator sim = BattleNetSimulator.start();
  private final BattleNetClient client = TestClients.forSimulator(sim).maxRetries(0).build();

  DetailSimulatorIT() {
    sim.putCharacter(
        Region.EU,
        CharacterProfile.newBuilder()
            .id(BnetCharacterId.of(4242))
            .name("Aeron")
            .realmSlug("argent-dawn")
            .realmName("Argent Dawn")
            .equippedItemLevel(480)
            .lastLogin(LOGOUT)
            .build(),
        LOGOUT);
  }

  @AfterEach
  void stop() {
    client.close();
    sim.close();
  }

  private FetchResult<DetailData> fetch(CharacterDetail detail, Optional<String> since) {
    return client.fetchDetail(AERON, detail, since);
  }

  @SuppressWarnings("unchecked")
  private <T extends DetailData> FetchResult.Found<T> found(CharacterDetail detail) {
    FetchResult<DetailData> result = fetch(detail, Optional.empty());
    assertThat(result).isInstanceOf(FetchResult.Found.class);
    return (FetchResult.Found<T>) (FetchResult.Found<?>) result;
  }

  @Test
  void everyDetailIsServedWithTheLastLogoutAsLastModifiedAndIsThenNotModified() {
    for (CharacterDetail detail : CharacterDetail.values()) {
      FetchResult.Found<DetailData> found = found(detail);
      assertThat(found.lastModified()).contains("Tue, 24 Nov 2026 08:00:00 GMT");
      assertThat(found.value().character())
          .isIn(Optional.empty(), Optional.of(BnetCharacterId.of(4242)));
      assertThat(fetch(detail, found.lastModified())).isInstanceOf(FetchResult.NotModified.class);
    }
    assertThat(sim.details().requests()).isEqualTo(10);
    assertThat(sim.stats().detailRequests()).isEqualTo(10);
  }

  @Test
  void aLoginBringsNewGearANewRatingAndANewKill() {
    FetchResult.Found<Equipment> gear = found(CharacterDetail.EQUIPMENT);
    FetchResult.Found<MythicPlus> mythic = found(CharacterDetail.MYTHIC_PLUS);
    FetchResult.Found<Raids> raids = found(CharacterDetail.RAIDS);

    Instant login = LOGOUT.plusSeconds(7200);
    sim.details().login(Region.EU, "argent-dawn", "Aeron", login);

    FetchResult<DetailData> again = fetch(CharacterDetail.EQUIPMENT, gear.lastModified());
    assertThat(again).isInstanceOf(FetchResult.Found.class);
    Equipment after = (Equipment) ((FetchResult.Found<DetailData>) again).value();
    assertThat(after.items().get(0).level()).isEqualTo(gear.value().items().get(0).level() + 3);
    MythicPlus rated = this.<MythicPlus>found(CharacterDetail.MYTHIC_PLUS).value();
    assertThat(rated.rating().getAsDouble()).isEqualTo(mythic.value().rating().getAsDouble() + 25);
    Raids.Mode heroic =
        this.<Raids>found(CharacterDetail.RAIDS).value().instances().get(0).modes().get(1);
    assertThat(heroic.completed())
        .isEqualTo(raids.value().instances().get(0).modes().get(1).completed() + 1);
    assertThat(heroic.lastKillAt()).contains(login);
  }

  @Test
  void aDetailCanBeMadeNotFoundOrFailing() {
    sim.details().notFound(Region.EU, "argent-dawn", "Aeron", CharacterDetail.TOYS);
    sim.details().fail(Region.EU, "argent-dawn", "Aeron", CharacterDetail.RAIDS);

    assertThat(fetch(CharacterDetail.TOYS, Optional.empty()))
        .isInstanceOf(FetchResult.NotFound.class);
    assertThat(fetch(CharacterDetail.RAIDS, Optional.empty()))
        .isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.retryable()).isTrue());
    assertThat(fetch(CharacterDetail.EQUIPMENT, Optional.empty()))
        .isInstanceOf(FetchResult.Found.class);

    sim.details().serve(Region.EU, "argent-dawn", "Aeron", CharacterDetail.TOYS);
    assertThat(fetch(CharacterDetail.TOYS, Optional.empty())).isInstanceOf(FetchResult.Found.class);
  }
}
