package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.RosterMember;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.Fault;
import dev.guildsync.simulator.SimulatedGuild;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A guild's scripted life in the simulator, as the client sees it over loopback HTTP. */
class GuildLifeIT {
  private static final Instant MODIFIED = Instant.parse("2025-11-20T10:00:00Z");
  private static final BnetCharacterId GM = BnetCharacterId.of(501);
  private static final BnetCharacterId OFFICER = BnetCharacterId.of(502);

  private BattleNetSimulator sim;
  private BattleNetClient client;
  private SimulatedGuild guild;

  @BeforeEach
  void start() {
    sim = BattleNetSimulator.start();
    client = TestClients.forSimulator(sim).maxRetries(1).build();
    guild =
        sim.guilds()
            .put(
                Region.EU,
                new GuildRoster(
                    BnetGuildId.of(115248327),
                    "The Long Watch",
                    "argent-dawn",
                    Optional.of(Faction.ALLIANCE),
                    List.of(member(GM, "Ærøn", 0), member(OFFICER, "Keniön", 1))),
                MODIFIED);
  }

  @AfterEach
  void stop() {
    client.close();
    sim.close();
  }

  private static RosterMember member(BnetCharacterId id, String name, int rank) {
    return new RosterMember(id, new CharacterRef(Region.EU, "argent-dawn", name), 80, 2, 29, rank);
  }

  private FetchResult.Found<GuildRoster> found(Optional<String> lastModified) {
    FetchResult<GuildRoster> result = client.fetchRoster(guild.ref(), lastModified);
    assertThat(result).isInstanceOf(FetchResult.Found.class);
    return (FetchResult.Found<GuildRoster>) result;
  }

  private List<String> members(FetchResult.Found<GuildRoster> found) {
    return found.value().members().stream()
        .map(m -> m.character().name() + "@" + m.character().realmSlug() + "#" + m.rank())
        .toList();
  }

  @Test
  void anUnchangedRosterAnswers304AndAChangedOne200WithANewerLastModified() {
    FetchResult.Found<GuildRoster> first = found(Optional.empty());
    assertThat(first.value()).isEqualTo(guild.roster());
    assertThat(first.lastModified()).contains("Thu, 20 Nov 2025 10:00:00 GMT");
    assertThat(client.fetchRoster(guild.ref(), first.lastModified()))
        .isEqualTo(FetchResult.notModified());

    guild.changeRank(OFFICER, 3);
    FetchResult.Found<GuildRoster> second = found(first.lastModified());
    assertThat(members(second)).containsExactly("Ærøn@argent-dawn#0", "Keniön@argent-dawn#3");
    assertThat(second.lastModified()).isNotEqualTo(first.lastModified());
    assertThat(client.fetchRoster(guild.ref(), second.lastModified()))
        .isEqualTo(FetchResult.notModified());
    assertThat(sim.stats().rosterRequests()).isEqualTo(4);
    assertThat(sim.stats().notModified()).isEqualTo(2);
    assertThat(guild.requests()).isEqualTo(4);
  }

  @Test
  void membersJoinLeaveAreRenamedAndMoveRealmKeepingTheirIds() {
    guild.join(member(BnetCharacterId.of(503), "Velenyr", 5));
    assertThat(members(found(Optional.empty())))
        .containsExactly("Ærøn@argent-dawn#0", "Keniön@argent-dawn#1", "Velenyr@argent-dawn#5");

    guild
        .leave(OFFICER)
        .renameMember(GM, "Aeron")
        .moveMember(BnetCharacterId.of(503), "the-sha-tar");
    FetchResult.Found<GuildRoster> after = found(Optional.empty());
    assertThat(members(after)).containsExactly("Aeron@argent-dawn#0", "Velenyr@the-sha-tar#5");
    assertThat(after.value().members())
        .extracting(RosterMember::id)
        .containsExactly(GM, BnetCharacterId.of(503));
  }

  @Test
  void membersHaveProfilesThatNameTheGuildAndFollowTheirChanges() {
    assertThat(profileGuild("argent-dawn", "Keniön")).contains("The Long Watch");

    guild.leave(OFFICER).renameMember(GM, "Aeron").rename("The Short Watch");
    assertThat(profileGuild("argent-dawn", "Keniön")).isEmpty();
    assertThat(
            client.fetchProfile(
                new CharacterRef(Region.EU, "argent-dawn", "Ærøn"), Optional.empty()))
        .isEqualTo(FetchResult.notFound("HTTP 404"));
    assertThat(profileGuild("argent-dawn", "Aeron")).contains("The Short Watch");
  }

  private Optional<String> profileGuild(String realm, String name) {
    var result = client.fetchProfile(new CharacterRef(Region.EU, realm, name), Optional.empty());
    assertThat(result).isInstanceOf(FetchResult.Found.class);
    return ((FetchResult.Found<CharacterProfile>) result).value().guild().map(g -> g.name());
  }

  @Test
  void aRenamedGuildKeepsItsIdUnderTheNewSlugAndTheOldSlug404s() {
    GuildRef old = guild.ref();
    guild.rename("Veilleurs d'Argent");

    assertThat(client.fetchRoster(old, Optional.empty()))
        .isEqualTo(FetchResult.notFound("HTTP 404"));
    assertThat(guild.ref()).isEqualTo(new GuildRef(Region.EU, "argent-dawn", "veilleurs-d'argent"));
    FetchResult.Found<GuildRoster> renamed = found(Optional.empty());
    assertThat(renamed.value().id()).isEqualTo(BnetGuildId.of(115248327));
    assertThat(renamed.value().name()).isEqualTo("Veilleurs d'Argent");
    assertThat(sim.guilds().requests(old)).isEqualTo(1);
  }

  @Test
  void aGuildThat404sComesBackWithItsRosterAndLastModified() {
    String before = found(Optional.empty()).lastModified().orElseThrow();
    guild.setAvailable(false);
    assertThat(client.fetchRoster(guild.ref(), Optional.of(before)))
        .isEqualTo(FetchResult.notFound("HTTP 404"));
    guild.setAvailable(true);
    assertThat(client.fetchRoster(guild.ref(), Optional.of(before)))
        .isEqualTo(FetchResult.notModified());
  }

  @Test
  void anEmptiedRosterIsFoundWithNoMembers() {
    guild.setMembers(List.of());
    assertThat(found(Optional.empty()).value().members()).isEmpty();
  }

  @Test
  void guildFaultsAreFailuresOrNotFound() {
    sim.guilds().fault(guild.ref(), Fault.serverErrors(5, 503));
    assertThat(client.fetchRoster(guild.ref(), Optional.empty()))
        .isEqualTo(FetchResult.failed(true, "HTTP 503, retries exhausted"));
    sim.guilds().fault(guild.ref(), Fault.forbidden());
    assertThat(client.fetchRoster(guild.ref(), Optional.empty()))
        .isEqualTo(FetchResult.notFound("HTTP 403"));
    sim.guilds().fault(guild.ref(), Fault.truncatedJson());
    var truncated = client.fetchRoster(guild.ref(), Optional.empty());
    assertThat(truncated).isInstanceOf(FetchResult.Failed.class);
    assertThat(((FetchResult.Failed<GuildRoster>) truncated).retryable()).isFalse();
    sim.guilds().clearFaults();
    assertThat(client.fetchRoster(guild.ref(), Optional.empty()))
        .isInstanceOf(FetchResult.Found.class);
  }

  @Test
  void aRosterThatTakesTooLongIsARetryableTimeout() {
    sim.guilds().fault(guild.ref(), Fault.drip(Duration.ofMillis(50)));
    try (var quick =
        TestClients.forSimulator(sim)
            .maxRetries(0)
            .requestTimeout(Duration.ofMillis(300))
            .build()) {
      var result = quick.fetchRoster(guild.ref(), Optional.empty());
      assertThat(result).isInstanceOf(FetchResult.Failed.class);
      assertThat(((FetchResult.Failed<GuildRoster>) result).retryable()).isTrue();
      assertThat(((FetchResult.Failed<GuildRoster>) result).reason()).startsWith("timed out");
    }
  }
}
