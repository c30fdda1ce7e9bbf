package dev.guildsync.bench;

import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSnapshot;
import dev.guildsync.core.guild.GuildStorePort;
import dev.guildsync.core.guild.TrackedGuild;
import dev.guildsync.jooq.JooqStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The real {@link JooqStore} with every call metered: the statements it sent and the rows they
 * wrote (counted at the JDBC level by a {@link StatementMeter}) and its wall time. Meant for one
 * sync at a time: the counters are shared by every thread.
 */
final class MeteredGuildStore implements GuildStorePort {
  /** One store call. */
  record Call(int statements, long rowsWritten, long nanos) {
    double millis() {
      return nanos / 1e6;
    }
  }

  private final StatementMeter meter = new StatementMeter();
  private final JooqStore store;
  final List<Call> claims = new ArrayList<>();
  final List<Call> loads = new ArrayList<>();
  final List<Call> saves = new ArrayList<>();

  MeteredGuildStore(DataSource dataSource) {
    this.store = JooqStore.create(meter.wrap(dataSource));
  }

  JooqStore store() {
    return store;
  }

  void clear() {
    claims.clear();
    loads.clear();
    saves.clear();
  }

  @Override
  public Claimed<TrackedGuild> claimDueGuilds(DueQuery query) {
    return metered(claims, () -> store.claimDueGuilds(query));
  }

  @Override
  public GuildSnapshot loadGuild(TrackedGuild guild, GuildRoster roster) {
    return metered(loads, () -> store.loadGuild(guild, roster));
  }

  @Override
  public GuildSaveResult saveGuild(Lease lease, GuildChange change) {
    return metered(saves, () -> store.saveGuild(lease, change));
  }

  @Override
  public GuildSaveResult saveGuild(Lease lease, GuildChange change, FailureBackoff backoff) {
    return metered(saves, () -> store.saveGuild(lease, change, backoff));
  }

  @Override
  public Lease renew(Lease lease, Instant until) {
    return store.renew(lease, until);
  }

  @Override
  public void release(Lease lease) {
    store.release(lease);
  }

  private synchronized <T> T metered(List<Call> calls, Supplier<T> call) {
    meter.reset();
    long start = System.nanoTime();
    T result = call.get();
    calls.add(new Call(meter.statements(), meter.rowsWritten(), System.nanoTime() - start));
    return result;
  }
}
