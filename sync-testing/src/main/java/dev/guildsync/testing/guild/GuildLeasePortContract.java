package dev.guildsync.testing.guild;

import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.claim.LeasePort;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildSaveStatus;
import dev.guildsync.core.guild.TrackedGuild;
import dev.guildsync.testing.LeasePortContract;
import java.time.Instant;

/**
 * The lease half of {@link dev.guildsync.core.guild.GuildStorePort}'s contract, as {@link
 * LeasePort} states it for characters too ({@link LeasePortContract} over guilds): renewals keep a
 * slow batch's guilds, releases give them back at once. Extend it and return a fresh, empty fixture
 * from {@link #newFixture()}.
 */
public abstract class GuildLeasePortContract extends LeasePortContract<GuildKey> {

  /** A fixture over the implementation under test, with no rows. */
  protected abstract GuildStoreFixture newFixture();

  @Override
  protected Items<GuildKey> newItems() {
    GuildStoreFixture fixture = newFixture();
    return new Items<>() {
      @Override
      public LeasePort leases() {
        return fixture.store();
      }

      @Override
      public GuildKey add(String name) {
        return fixture.addGuild(Region.EU, "argent-dawn", name);
      }

      @Override
      public Claimed<GuildKey> claim(DueQuery query) {
        Claimed<TrackedGuild> batch = fixture.store().claimDueGuilds(query);
        return new Claimed<>(batch.lease(), batch.items().stream().map(TrackedGuild::key).toList());
      }

      @Override
      public boolean saveNotFound(Lease lease, GuildKey key, Instant at) {
        return fixture
                .store()
                .saveGuild(lease, new GuildChange.Common(new CommonChange.NotFound<>(key, at)))
                .status()
            != GuildSaveStatus.LEASE_LOST;
      }

      @Override
      public boolean available(GuildKey key) {
        return fixture.readGuild(key).available();
      }

      @Override
      public Object read(GuildKey key) {
        return fixture.readGuild(key);
      }
    };
  }
}
