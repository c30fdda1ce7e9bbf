package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.GUILDS;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.Lease;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * The character half of {@link JooqStore}: claims, counts and saves characters and looks guilds up
 * for them. A guild link is written only as a local {@code guilds.id} that exists at write time:
 * the save locks the linked guilds ({@code FOR KEY SHARE}) before writing, and writes NULL for any
 * that is gone. Thread-safe.
 */
final class JooqCharacterStore {
  private final StoreCalls calls;
  private final DSLContext dsl;

  JooqCharacterStore(StoreCalls calls) {
    this.calls = calls;
    this.dsl = calls.dsl();
  }

  Claimed<DueCharacter> claimDueCharacters(DueQuery query) {
    Objects.requireNonNull(query, "query");
    Lease lease = new Lease(UUID.randomUUID(), query.leaseUntil());
    return calls.retrying("claiming", () -> DueClaim.claim(dsl, query, lease));
  }

  long countDue(DueQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.run(
        "counting due characters",
        () -> (long) dsl.fetchCount(CHARACTERS, DueClaim.isDue(query, UUID.randomUUID())));
  }

  CharacterSaveResult saveCharacters(
      Lease lease, List<CharacterChange> changes, FailureBackoff backoff) {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(backoff, "backoff");
    ChangesByKind byKind = ChangesByKind.of(changes);
    if (byKind.keys().isEmpty()) {
      return CharacterSaveResult.clean();
    }
    CommitRecord<CharacterSaveResult> record = new CommitRecord<>();
    return calls.retrying(
        "saving",
        () -> {
          try {
            return calls.inTransactionOnce(record, tx -> BatchSave.write(tx, lease, byKind));
          } catch (RuntimeException e) {
            if (!DatabaseErrors.isDataError(e)) {
              throw e;
            }
            return new DataErrorIsolation(calls::inTransaction, calls.errors(), lease, backoff)
                .save(List.copyOf(changes), e);
          }
        });
  }

  Map<BnetGuildId, GuildKey> findGuildKeys(Region region, Set<BnetGuildId> ids) {
    Objects.requireNonNull(region, "region");
    Long[] wanted = ids.stream().map(BnetGuildId::value).toArray(Long[]::new);
    if (wanted.length == 0) {
      return Map.of();
    }
    return calls.retrying(
        "looking up guilds",
        () -> {
          Map<BnetGuildId, GuildKey> found = new HashMap<>();
          for (Record2<Long, Long> row :
              dsl.select(GUILDS.BNET_GUILD_ID, GUILDS.ID)
                  .from(GUILDS)
                  .where(GUILDS.REGION.eq(region.code()))
                  .and(GUILDS.BNET_GUILD_ID.eq(DSL.any(BigintArray.of(Arrays.asList(wanted)))))
                  .fetch()) {
            found.put(BnetGuildId.of(row.value1()), GuildKey.of(row.value2()));
          }
          return Map.copyOf(found);
        });
  }
}
