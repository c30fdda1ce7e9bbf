package dev.guildsync.testing.character;

import static dev.guildsync.testing.character.CharacterContractSteps.AERON;
import static dev.guildsync.testing.character.CharacterContractSteps.LEASE;
import static dev.guildsync.testing.character.CharacterContractSteps.STALE_AFTER;
import static dev.guildsync.testing.character.CharacterContractSteps.T0;
import static dev.guildsync.testing.character.CharacterContractSteps.claim;
import static dev.guildsync.testing.character.CharacterContractSteps.dueAt;
import static dev.guildsync.testing.character.CharacterContractSteps.ref;
import static dev.guildsync.testing.character.CharacterContractSteps.syncedCharacterLinkedTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.SyncState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Part of {@link CharacterStorePortContract}: which characters a claim hands out, in which order,
 * with what the last sync stored, and never the same one to two claimers.
 */
public interface CharacterClaimsContract {
  /** The fixture of the test that is running. */
  StoreFixture fixture();

  @Test
  default void claimsCharactersThatWereNeverSynced() {
    CharacterKey key = fixture().addCharacter(AERON);

    Claimed<DueCharacter> batch = claim(fixture(), T0);

    assertThat(batch.items())
        .containsExactly(
            new DueCharacter(
                key,
                AERON,
                Optional.empty(),
                Optional.empty(),
                new SyncState(true, Optional.empty(), Optional.empty(), 0),
                false));
    assertThat(batch.lease().until()).isEqualTo(T0.plus(LEASE));
  }

  @Test
  default void claimsAtMostTheLimitAndSkipsLeasedCharacters() {
    fixture().addCharacter(ref("One"));
    fixture().addCharacter(ref("Two"));
    fixture().addCharacter(ref("Three"));

    Claimed<DueCharacter> first = fixture().store().claimDueCharacters(dueAt(T0, 2));
    Claimed<DueCharacter> second = fixture().store().claimDueCharacters(dueAt(T0, 2));
    Claimed<DueCharacter> third = fixture().store().claimDueCharacters(dueAt(T0, 2));

    assertThat(first.items()).hasSize(2);
    assertThat(second.items()).hasSize(1);
    assertThat(third.isEmpty()).isTrue();
    Set<CharacterKey> keys = new HashSet<>();
    first.items().forEach(c -> keys.add(c.key()));
    second.items().forEach(c -> keys.add(c.key()));
    assertThat(keys).hasSize(3);
  }

  @Test
  default void claimsAgainOnceALeaseHasExpired() {
    CharacterKey key = fixture().addCharacter(AERON);
    claim(fixture(), T0);

    assertThat(claim(fixture(), T0.plus(LEASE).minusSeconds(1)).isEmpty()).isTrue();
    assertThat(claim(fixture(), T0.plus(LEASE).plusSeconds(1)).items())
        .extracting(DueCharacter::key)
        .containsExactly(key);
  }

  @Test
  default void claimsTheLongestUnsyncedFirst() {
    GuildKey guild =
        fixture().addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey synced = syncedCharacterLinkedTo(fixture(), guild);
    CharacterKey fresh = fixture().addCharacter(ref("Newcomer"));

    Claimed<DueCharacter> batch =
        fixture().store().claimDueCharacters(dueAt(T0.plus(Duration.ofDays(1)), 1));
    Claimed<DueCharacter> next =
        fixture().store().claimDueCharacters(dueAt(T0.plus(Duration.ofDays(1)), 1));

    assertThat(batch.items()).extracting(DueCharacter::key).containsExactly(fresh);
    assertThat(next.items()).extracting(DueCharacter::key).containsExactly(synced);
  }

  @Test
  default void aSyncedCharacterIsNotDueAgainUntilItIsStale() {
    GuildKey guild =
        fixture().addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey key = syncedCharacterLinkedTo(fixture(), guild);

    assertThat(claim(fixture(), T0.plus(STALE_AFTER).minusSeconds(1)).isEmpty()).isTrue();
    assertThat(claim(fixture(), T0.plus(STALE_AFTER).plusSeconds(1)).items())
        .extracting(DueCharacter::key)
        .containsExactly(key);
  }

  @Test
  default void aClaimHandsBackWhatTheLastSyncStored() {
    GuildKey guild =
        fixture().addGuild(Region.EU, BnetGuildId.of(115248327), "The Long Watch", "ad");
    CharacterKey key = syncedCharacterLinkedTo(fixture(), guild);

    DueCharacter due = claim(fixture(), T0.plus(Duration.ofDays(1))).items().get(0);

    assertThat(due)
        .isEqualTo(
            new DueCharacter(
                key,
                AERON,
                Optional.of(BnetCharacterId.of(201337420L)),
                Optional.of(guild),
                new SyncState(
                    true, Optional.of(T0), Optional.of("Mon, 23 Nov 2026 10:00:00 GMT"), 0),
                false,
                CharacterContractSteps.profileInGuild(AERON, 115248327).lastLogin(),
                Map.of()));
  }

  @Test
  default void concurrentClaimersNeverReceiveTheSameCharacter() throws Exception {
    int characters = 300;
    for (int i = 0; i < characters; i++) {
      fixture().addCharacter(ref("Char" + i));
    }
    Callable<List<CharacterKey>> claimer =
        () -> {
          List<CharacterKey> mine = new ArrayList<>();
          while (true) {
            Claimed<DueCharacter> batch = fixture().store().claimDueCharacters(dueAt(T0, 7));
            if (batch.isEmpty()) {
              return mine;
            }
            batch.items().forEach(c -> mine.add(c.key()));
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<CharacterKey>>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(claimer));
      }
      List<CharacterKey> all = new ArrayList<>();
      for (Future<List<CharacterKey>> result : results) {
        all.addAll(result.get());
      }
      assertThat(all).hasSize(characters).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
  }
}
