package dev.guildsync.testing.guild;

import static dev.guildsync.testing.guild.TestRosters.member;
import static dev.guildsync.testing.guild.TestRosters.roster;

import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSnapshot;
import dev.guildsync.core.guild.GuildSyncRules;
import dev.guildsync.core.guild.TrackedGuild;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the guild port contracts share: the fixture, a clock-free start time, and a way to sync a
 * roster through the port with the real rules. Extend one of the contracts, not this.
 */
public abstract class GuildStoreContractSupport {
  /** The contract's "now". */
  protected static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  /** The realm slug of the contract's guilds. */
  protected static final String REALM = "argent-dawn";

  /** The Battle.net id of the contract's main guild. */
  protected static final long LONG_WATCH = 115248327L;

  /** The lease the contract's claims take. */
  protected static final Duration LEASE = Duration.ofMinutes(10);

  private static final GuildSyncRules RULES =
      new GuildSyncRules(new FailureBackoff(Duration.ofMinutes(15), Duration.ofDays(1)), 2);

  /** The fixture of the running test. */
  protected GuildStoreFixture fixture;

  /** A fixture over the implementation under test, with no rows. */
  protected abstract GuildStoreFixture newFixture();

  @BeforeEach
  void setUpFixture() {
    fixture = newFixture();
  }

  /** Claims up to {@code limit} guilds at {@code now} with a 6 h stale and 7 d recheck. */
  protected Claimed<TrackedGuild> claim(Instant now, int limit) {
    return fixture
        .store()
        .claimDueGuilds(
            new DueQuery(
                now, now.minus(Duration.ofHours(6)), now.minus(Duration.ofDays(7)), limit, LEASE));
  }

  /** An EU character on {@link #REALM}. */
  protected static CharacterRef eu(String name) {
    return new CharacterRef(Region.EU, REALM, name);
  }

  /** The Long Watch with three members (ids 1 to 3) at the given ranks. */
  protected static GuildRoster longWatch(int rank1, int rank2, int rank3) {
    return roster(
        LONG_WATCH,
        "The Long Watch",
        REALM,
        member(Region.EU, REALM, 1, "Ærøn", rank1),
        member(Region.EU, REALM, 2, "Keniön", rank2),
        member(Region.EU, REALM, 3, "Иванка", rank3));
  }

  /**
   * Claims the guild at {@code now}, decides the roster's change with the real rules, runs {@code
   * beforeSave} (a concurrent writer) and saves the change.
   */
  protected GuildSaveResult sync(
      GuildKey key, Instant now, GuildRoster roster, Runnable beforeSave) {
    Claimed<TrackedGuild> batch = claim(now, 100);
    TrackedGuild guild =
        batch.items().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    FetchResult<GuildRoster> found = FetchResult.found(roster, "Tue, 24 Nov 2026 09:00:00 GMT");
    GuildChange change = RULES.decide(guild, found, fixture.store().loadGuild(guild, roster), now);
    beforeSave.run();
    return fixture.store().saveGuild(batch.lease(), change);
  }

  /**
   * Decides an answer that is not a roster (a 404, a failure, a 304) for {@code key}, claimed in
   * {@code batch}, with the real rules, and saves it under the batch's lease.
   */
  protected GuildSaveResult answer(
      Claimed<TrackedGuild> batch, GuildKey key, Instant now, FetchResult<GuildRoster> result) {
    TrackedGuild guild =
        batch.items().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    GuildChange change = RULES.decide(guild, result, GuildSnapshot.empty(), now);
    return fixture.store().saveGuild(batch.lease(), change);
  }

  /** {@link #sync(GuildKey, Instant, GuildRoster, Runnable)} with no concurrent writer. */
  protected GuildSaveResult sync(GuildKey key, Instant now, GuildRoster roster) {
    return sync(key, now, roster, () -> {});
  }
}
