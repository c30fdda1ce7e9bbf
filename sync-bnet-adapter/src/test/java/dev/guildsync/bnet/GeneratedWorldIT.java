package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.RosterMember;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatedGuild;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The simulator's generated worlds: deterministic, big rosters served whole, members' profiles. */
class GeneratedWorldIT {
  private static final Instant MODIFIED = Instant.parse("2025-11-20T10:00:00Z");

  @Test
  void theSameSeedGivesTheSameWorldAndEveryMemberHasAProfile() {
    try (var a = BattleNetSimulator.start();
        var b = BattleNetSimulator.start();
        var client = TestClients.forSimulator(a).build()) {
      List<SimulatedGuild> first = a.guilds().generate(Region.EU, 5, 40, 7L, MODIFIED);
      List<SimulatedGuild> second = b.guilds().generate(Region.EU, 5, 40, 7L, MODIFIED);
      assertThat(first)
          .extracting(SimulatedGuild::roster)
          .isEqualTo(second.stream().map(SimulatedGuild::roster).toList());
      assertThat(a.guilds().size()).isEqualTo(5);
      assertThat(a.characterCount()).isEqualTo(200);

      SimulatedGuild guild = first.get(3);
      var fetched =
          (FetchResult.Found<GuildRoster>) client.fetchRoster(guild.ref(), Optional.empty());
      assertThat(fetched.value()).isEqualTo(guild.roster());
      assertThat(fetched.value().members().get(0).rank()).isZero();
      RosterMember member = fetched.value().members().get(17);
      var profile =
          (FetchResult.Found<CharacterProfile>)
              client.fetchProfile(member.character(), Optional.empty());
      assertThat(profile.value().id()).isEqualTo(member.id());
      assertThat(profile.value().guild().orElseThrow().bnetGuildId()).isEqualTo(guild.id());
    }
  }

  @Test
  void aThousandMemberRosterIsFetchedWhole() {
    try (var sim = BattleNetSimulator.start();
        var client = TestClients.forSimulator(sim).build()) {
      SimulatedGuild guild = sim.guilds().generate(Region.US, 1, 1_000, 42L, MODIFIED).get(0);
      var result = client.fetchRoster(guild.ref(), Optional.empty());
      assertThat(result).isInstanceOf(FetchResult.Found.class);
      assertThat(((FetchResult.Found<GuildRoster>) result).value().members()).hasSize(1_000);
    }
  }
}
