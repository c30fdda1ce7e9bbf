package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static dev.guildsync.jooq.Changes.eu;
import static dev.guildsync.jooq.generated.Tables.CHARACTER_CLAIMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.testing.character.StoredCharacter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A save that fails in its last statement, after earlier statements of the same batch ran, leaves
 * nothing of the batch written. The failure comes from a test-only trigger.
 */
class SaveAtomicityIT {

  @AfterEach
  void dropTrigger() {
    TestDatabase.execute(
        TestDatabase.dataSource(), "DROP TRIGGER IF EXISTS guildsync_test_refuse ON characters");
  }

  @Test
  void aFailureInTheLastStatementLeavesNoneOfTheBatchWritten() {
    TestDatabase.truncate();
    JooqStoreFixture plain = new JooqStoreFixture(JooqStore.create(TestDatabase.dataSource()));
    GuildKey guild = plain.addGuild(5, Region.EU, 115248327L);
    CharacterKey refreshed = plain.addCharacter(eu("Ærøn"));
    CharacterKey notFound = plain.addCharacter(eu("Keniön"));
    CharacterKey failed = plain.addCharacter(eu("Иванка"));
    TestDatabase.execute(
        TestDatabase.dataSource(),
        "CREATE OR REPLACE FUNCTION guildsync_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
            + " BEGIN IF NEW.last_error = 'refuse me' THEN"
            + " RAISE EXCEPTION 'test trigger refused the row'; END IF; RETURN NEW; END $$");
    TestDatabase.execute(
        TestDatabase.dataSource(),
        "CREATE TRIGGER guildsync_test_refuse BEFORE UPDATE ON characters"
            + " FOR EACH ROW EXECUTE FUNCTION guildsync_test_refuse()");
    AtomicInteger statements = new AtomicInteger();
    JooqStore store =
        JooqStore.create(
            DSL.using(TestDatabase.dataSource(), SQLDialect.POSTGRES)
                .configuration()
                .derive(
                    ExecuteListener.onExecuteStart(
                        (ExecuteContext ctx) -> statements.incrementAndGet()))
                .dsl());
    Claimed<DueCharacter> batch =
        store.claimDueCharacters(new DueQuery(T0, T0, T0, 10, Duration.ofMinutes(10)));
    List<StoredCharacter> before =
        List.of(plain.read(refreshed), plain.read(notFound), plain.read(failed));
    statements.set(0);

    assertThatThrownBy(
            () ->
                store.saveCharacters(
                    batch.lease(),
                    List.of(
                        Changes.linked(refreshed, eu("Ærøn"), 115248327L, guild),
                        new CharacterChange.Common(new CommonChange.NotFound<>(notFound, T0)),
                        new CharacterChange.Common(
                            new CommonChange.Failed<>(
                                failed, "refuse me", 1, T0.plusSeconds(60))))))
        .isInstanceOf(SyncException.class)
        .hasMessage("database error while saving: test trigger refused the row");

    assertThat(statements)
        .as(
            "transaction id, guild lock, one ending the claims, refreshed, not found, then the"
                + " failing one")
        .hasValue(6);
    assertThat(List.of(plain.read(refreshed), plain.read(notFound), plain.read(failed)))
        .isEqualTo(before);
    assertThat(plain.sql().fetchValues(CHARACTER_CLAIMS.LEASE_ID))
        .as("the batch stays claimed")
        .hasSize(3)
        .containsOnly(batch.lease().id());
  }
}
