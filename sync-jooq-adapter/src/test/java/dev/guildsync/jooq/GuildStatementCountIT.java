package dev.guildsync.jooq;

import static dev.guildsync.jooq.GuildRosters.member;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSaveStatus;
import dev.guildsync.core.guild.RosterMember;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A roster save sends a constant number of statements whatever the roster's size (G10): a first
 * sync, an unchanged re-sync and one with changes cost the same for 10 members as for 1,000.
 */
class GuildStatementCountIT {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  private final AtomicInteger statements = new AtomicInteger();

  /** Statements and milliseconds of one save. */
  private record Cost(int statements, long millis) {}

  private List<Cost> scenario(int size) {
    JooqGuildStoreFixture fixture = JooqGuildStoreFixture.empty();
    JooqStore store =
        JooqStore.create(
            DSL.using(TestDatabase.dataSource(), SQLDialect.POSTGRES)
                .configuration()
                .derive(ExecuteListener.onExecuteStart(ctx -> statements.incrementAndGet()))
                .dsl());
    GuildKey key = fixture.addGuild(Region.EU, GuildRosters.REALM, "The Long Watch");
    List<RosterMember> first = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      first.add(member(i, "Member" + i, i % 10));
    }
    int k = Math.max(1, size / 100);
    List<RosterMember> changed = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      if (i <= k) {
        continue; // missing from this roster
      }
      if (i <= 2 * k) {
        changed.add(member(i, "Renamed" + i, i % 10));
      } else if (i <= 4 * k) {
        changed.add(member(i, "Member" + i, i % 10 == 9 ? 8 : i % 10 + 1));
      } else {
        changed.add(member(i, "Member" + i, i % 10));
      }
    }
    for (int i = 1; i <= k; i++) {
      changed.add(member(100_000 + i, "Joiner" + i, 9));
    }
    List<Cost> costs = new ArrayList<>();
    costs.add(save(store, key, T0, first, size));
    costs.add(save(store, key, T0.plus(Duration.ofDays(1)), first, 0));
    costs.add(save(store, key, T0.plus(Duration.ofDays(2)), changed, k));
    System.out.printf(
        "guild roster of %,d members: first sync %s, unchanged re-sync %s, %d changes %s%n",
        size, costs.get(0), costs.get(1), 5 * k, costs.get(2));
    assertThat(fixture.members(key)).hasSize(size + k);
    assertThat(fixture.events(key)).hasSize(size + 4 * k);
    return costs;
  }

  private Cost save(
      JooqStore store, GuildKey key, Instant now, List<RosterMember> members, int created) {
    GuildRosters.Decided decided = GuildRosters.decide(store, key, now, members);
    statements.set(0);
    long start = System.nanoTime();
    GuildSaveResult saved = store.saveGuild(decided.lease(), decided.change());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(saved.status()).isEqualTo(GuildSaveStatus.WRITTEN);
    assertThat(saved.charactersCreated()).isEqualTo(created);
    return new Cost(statements.get(), millis);
  }

  @Test
  void aThousandMemberRosterCostsTheStatementsOfATenMemberOne() {
    List<Cost> small = scenario(10);
    List<Cost> large = scenario(1_000);

    assertThat(large)
        .extracting(Cost::statements)
        .as("each with the transaction id read first and the claim ended in one statement")
        .containsExactly(12, 6, 14);
    assertThat(large)
        .extracting(Cost::statements)
        .containsExactlyElementsOf(small.stream().map(Cost::statements).toList());
  }
}
