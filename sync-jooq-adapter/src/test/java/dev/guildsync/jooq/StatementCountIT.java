package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static dev.guildsync.jooq.Changes.eu;
import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.CHARACTER_CLAIMS;
import static dev.guildsync.jooq.generated.Tables.CHARACTER_DETAILS;
import static dev.guildsync.jooq.generated.Tables.CHARACTER_RAID_PROGRESS;
import static dev.guildsync.jooq.generated.Tables.SYNC_LEASES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailFetch;
import dev.guildsync.core.detail.DetailUpdate;
import dev.guildsync.testing.character.TestDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A save sends a small constant number of statements, whatever the batch size, its details included
 * (D5).
 */
class StatementCountIT {
  private final AtomicInteger statements = new AtomicInteger();
  private JooqStore store;
  private JooqStoreFixture fixture;
  private GuildKey guild;

  @BeforeEach
  void setUp() {
    fixture = JooqStoreFixture.empty();
    guild = fixture.addGuild(5, Region.EU, 115248327L);
    store =
        JooqStore.create(
            DSL.using(TestDatabase.dataSource(), SQLDialect.POSTGRES)
                .configuration()
                .derive(ExecuteListener.onExecuteStart(ctx -> statements.incrementAndGet()))
                .dsl());
  }

  private void addCharacters(int n) {
    fixture
        .sql()
        .execute(
            "insert into characters (region, realm, name)"
                + " select 'eu', 'argent-dawn', 'Char' || g from generate_series(1, ?) g",
            n);
  }

  private Claimed<DueCharacter> claim(Instant now, int limit) {
    return store.claimDueCharacters(new DueQuery(now, now, now, limit, Duration.ofMinutes(10)));
  }

  /**
   * Statements sent by saving a batch of all five kinds (links and none) over {@code n} characters.
   */
  private int mixedSave(int n) {
    addCharacters(n);
    Claimed<DueCharacter> batch = claim(T0, n);
    assertThat(batch.items()).hasSize(n);
    List<CharacterChange> changes = new ArrayList<>();
    for (DueCharacter c : batch.items()) {
      CharacterKey key = c.key();
      changes.add(
          switch ((int) (key.value() % 6)) {
            case 0 -> Changes.linked(key, c.ref(), 115248327L, guild);
            case 1 -> Changes.untracked(key, c.ref(), 42);
            case 2 -> new CharacterChange.Common(new CommonChange.Unchanged<>(key, T0));
            case 3 -> new CharacterChange.Common(new CommonChange.NotFound<>(key, T0));
            case 4 ->
                new CharacterChange.IdentityChanged(
                    key, BnetCharacterId.of(1), BnetCharacterId.of(2), T0);
            default ->
                new CharacterChange.Common(
                    new CommonChange.Failed<>(key, "HTTP 503", 1, T0.plusSeconds(60)));
          });
    }
    statements.set(0);
    CharacterSaveResult result = store.saveCharacters(batch.lease(), changes);
    assertThat(result).isEqualTo(CharacterSaveResult.clean());
    assertThat(fixture.sql().fetchCount(CHARACTER_CLAIMS)).isZero();
    assertThat(fixture.sql().fetchCount(SYNC_LEASES)).isZero();
    return statements.get();
  }

  @Test
  void aMixedBatchOfTenAndOfAThousandSendTheSameNineStatements() {
    int ten = mixedSave(10);
    fixture = JooqStoreFixture.empty();
    guild = fixture.addGuild(5, Region.EU, 115248327L);
    int thousand = mixedSave(1_000);

    assertThat(ten)
        .as("transaction id, guild lock, one to end the claims, five updates")
        .isEqualTo(8);
    assertThat(thousand).isEqualTo(ten);
  }

  @Test
  void refreshesWithoutLinksNeedNoGuildLock() {
    addCharacters(3);
    Claimed<DueCharacter> batch = claim(T0, 3);
    List<CharacterChange> changes =
        batch.items().stream()
            .<CharacterChange>map(c -> Changes.untracked(c.key(), c.ref(), 42))
            .toList();
    statements.set(0);

    store.saveCharacters(batch.lease(), changes);
    int withoutLinks = statements.get();
    store.saveCharacters(new Lease(batch.lease().id(), batch.lease().until()), List.of());

    assertThat(withoutLinks).as("transaction id, one to end the claims, one update").isEqualTo(3);
    assertThat(statements).as("an empty save sends nothing").hasValue(3);
    assertThat(fixture.read(batch.items().get(0).key()).ref()).isEqualTo(eu("Char1"));
  }

  @Test
  void timesRefreshesInBatchesOfAThousand() {
    addCharacters(10_000);
    for (int total : new int[] {1_000, 10_000}) {
      Instant now = total == 1_000 ? T0 : T0.plus(Duration.ofDays(1));
      long nanos = 0;
      int saved = 0;
      while (saved < total) {
        Claimed<DueCharacter> batch = claim(now, 1_000);
        List<CharacterChange> changes = new ArrayList<>();
        for (DueCharacter c : batch.items()) {
          changes.add(Changes.linked(c.key(), c.ref(), 115248327L, guild));
        }
        long start = System.nanoTime();
        store.saveCharacters(batch.lease(), changes);
        nanos += System.nanoTime() - start;
        saved += changes.size();
      }
      System.out.printf(
          "saved %,d refreshes in batches of 1,000: %d ms in save()%n", total, nanos / 1_000_000);
      assertThat(saved).isEqualTo(total);
    }
    assertThat(fixture.sql().fetchCount(CHARACTERS, CHARACTERS.GUILD_ID.eq(guild.value())))
        .isEqualTo(10_000);
  }

  /** Statements of claiming, then saving {@code n} refreshes, each with every detail fetched. */
  private int[] saveWithAllDetails(int n) {
    addCharacters(n);
    statements.set(0);
    Claimed<DueCharacter> batch = claim(T0, n);
    int claim = statements.get();
    List<CharacterChange> changes = new ArrayList<>();
    for (DueCharacter c : batch.items()) {
      CharacterChange.Refreshed refreshed = Changes.untracked(c.key(), c.ref(), 42);
      long bnetId = refreshed.profile().id().value();
      changes.add(
          refreshed.withDetails(
              Arrays.stream(CharacterDetail.values())
                  .map(
                      d ->
                          new DetailUpdate(
                              c.key(),
                              d,
                              DetailFetch.FETCHED,
                              Optional.of(T0),
                              Optional.of("lm"),
                              T0,
                              Optional.of(TestDetails.of(d, bnetId)),
                              Optional.empty()))
                  .toList()));
    }
    statements.set(0);
    CharacterSaveResult result = store.saveCharacters(batch.lease(), changes);
    assertThat(result).isEqualTo(CharacterSaveResult.clean());
    return new int[] {claim, statements.get()};
  }

  @Test
  void detailsOfTenAndOfAThousandCharactersSendTheSameStatements() {
    int[] ten = saveWithAllDetails(10);
    fixture = JooqStoreFixture.empty();
    int[] thousand = saveWithAllDetails(1_000);

    assertThat(ten[0]).as("the claim, its details' states included").isEqualTo(1);
    assertThat(ten[1])
        .as("transaction id, one to end the claims, one update; seed, update, derived, raids x2")
        .isEqualTo(8);
    assertThat(thousand).containsExactly(ten);
    assertThat(fixture.sql().fetchCount(CHARACTER_DETAILS)).isEqualTo(5_000);
    assertThat(fixture.sql().fetchCount(CHARACTER_RAID_PROGRESS)).isEqualTo(2_000);
  }

  @Test
  void aClaimAndARenewalAreOneStatementEach() {
    addCharacters(1_000);
    statements.set(0);
    Claimed<DueCharacter> batch = claim(T0, 1_000);
    assertThat(statements).as("the claim of 1,000").hasValue(1);
    assertThat(batch.items()).hasSize(1_000);

    statements.set(0);
    store.renew(batch.lease(), T0.plus(Duration.ofMinutes(5)));
    assertThat(statements).as("a renewal of 1,000 claims").hasValue(1);
    assertThat(
            fixture
                .sql()
                .fetchCount(
                    CHARACTER_CLAIMS,
                    CHARACTER_CLAIMS.LEASE_UNTIL.eq(
                        Timestamps.utc(T0.plus(Duration.ofMinutes(5))))))
        .as("every claim moved")
        .isEqualTo(1_000);
  }
}
