package dev.guildsync.testing.guild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.guild.GuildSaveStatus;
import dev.guildsync.core.guild.TrackedGuild;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * G8 across {@link dev.guildsync.core.character.GuildRegistryPort#followGuilds} and {@link
 * dev.guildsync.core.guild.GuildStorePort}: a guild renamed at Battle.net answers 404 under its old
 * slug (guilds run before characters); when a profile teaches the new name, the row follows and is
 * available and due at once, not a week later. Extend it with a fresh, empty fixture per test.
 */
public abstract class GuildFollowContract extends GuildStoreContractSupport {
  private static final ProfileGuild RENAMED =
      new ProfileGuild(BnetGuildId.of(LONG_WATCH), "The Short Watch", "silvermoon");

  /** The Long Watch as a profile first named it, registered with its Battle.net id. */
  private GuildKey registered() {
    return fixture
        .registry()
        .registerGuilds(
            Region.EU,
            List.of(new ProfileGuild(BnetGuildId.of(LONG_WATCH), "The Long Watch", REALM)))
        .get(BnetGuildId.of(LONG_WATCH));
  }

  @Test
  void aGuildFollowedToItsNewNameIsAvailableAndDueAtOnce() {
    GuildKey key = registered();
    answer(claim(T0, 10), key, T0, FetchResult.notFound("HTTP 404"));
    Instant soon = T0.plus(Duration.ofMinutes(5));
    assertThat(fixture.readGuild(key).available()).isFalse();
    assertThat(claim(soon, 10).items()).as("unavailable: rechecked in a week").isEmpty();

    fixture.registry().followGuilds(Region.EU, List.of(RENAMED));

    StoredGuild row = fixture.readGuild(key);
    assertThat(row.available()).isTrue();
    assertThat(row.failureCount()).isZero();
    assertThat(row.nextAttemptAt()).isEmpty();
    assertThat(claim(soon, 10).items())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.key()).isEqualTo(key);
              assertThat(g.name()).isEqualTo("The Short Watch");
              assertThat(g.ref().realmSlug()).isEqualTo("silvermoon");
              assertThat(g.ref().nameSlug()).isEqualTo("the-short-watch");
            });
  }

  @Test
  void aSyncInFlightUnderTheOldNameCannotWriteItsAnswerOverTheFollow() {
    GuildKey key = registered();
    Claimed<TrackedGuild> inFlight = claim(T0, 10);

    fixture.registry().followGuilds(Region.EU, List.of(RENAMED));

    assertThat(answer(inFlight, key, T0, FetchResult.notFound("HTTP 404")).status())
        .isEqualTo(GuildSaveStatus.LEASE_LOST);
    assertThat(fixture.readGuild(key).available()).isTrue();
    assertThat(claim(T0.plusSeconds(1), 10).items())
        .extracting(TrackedGuild::name)
        .containsExactly("The Short Watch");
  }

  @Test
  void aGuildAlreadyUnderItsProfilesNameIsLeftAsItIs() {
    GuildKey key = registered();
    answer(claim(T0, 10), key, T0, FetchResult.notFound("HTTP 404"));

    fixture
        .registry()
        .followGuilds(
            Region.EU,
            List.of(new ProfileGuild(BnetGuildId.of(LONG_WATCH), "The Long Watch", REALM)));

    assertThat(fixture.readGuild(key).available()).as("nothing new was learnt").isFalse();
  }
}
