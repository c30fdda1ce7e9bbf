package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static dev.guildsync.jooq.Changes.eu;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLink;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSaveStatus;
import dev.guildsync.testing.character.TestProfiles;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A save whose commit PostgreSQL applied but whose acknowledgement never reached the client (the
 * connection failed right after {@code COMMIT}): the store retries, recognises its own write and
 * reports what it wrote, instead of finding its claims ended and calling every item lease-lost.
 */
class LostCommitAcknowledgementIT {
  private final AtomicBoolean loseNextAcknowledgement = new AtomicBoolean();

  /**
   * The test database, whose connections apply the next commit when armed and then report it as a
   * lost connection (SQLSTATE 08006), as a network failure after {@code COMMIT} would.
   */
  private DataSource losingAcknowledgements() {
    DataSource real = TestDatabase.dataSource();
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (ds, method, args) -> {
              Object result = invoke(method, real, args);
              return result instanceof Connection c ? losing(c) : result;
            });
  }

  private Connection losing(Connection real) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (connection, method, args) -> {
              Object result = invoke(method, real, args);
              if (method.getName().equals("commit") && loseNextAcknowledgement.getAndSet(false)) {
                throw new SQLException("connection lost after COMMIT", "08006");
              }
              return result;
            });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void aCharacterSaveWhoseAcknowledgementWasLostReportsWhatItWrote() {
    JooqStoreFixture fixture = JooqStoreFixture.empty();
    for (int i = 0; i < 10; i++) {
      fixture.addCharacter(eu("Char" + i));
    }
    JooqStore store = JooqStore.create(losingAcknowledgements());
    Claimed<DueCharacter> batch =
        store.claimDueCharacters(
            new DueQuery(
                T0,
                T0.minus(Duration.ofHours(6)),
                T0.minus(Duration.ofDays(7)),
                100,
                Duration.ofMinutes(10)));
    List<CharacterChange> changes =
        batch.items().stream()
            .map(
                c ->
                    (CharacterChange)
                        new CharacterChange.Refreshed(
                            c.key(),
                            TestProfiles.guildless(c.ref(), 1000 + c.key().value()),
                            new GuildLink.Guildless(),
                            Optional.empty(),
                            T0))
            .toList();
    loseNextAcknowledgement.set(true);

    CharacterSaveResult saved = store.saveCharacters(batch.lease(), changes);

    assertThat(loseNextAcknowledgement).as("the commit was applied, its reply lost").isFalse();
    assertThat(saved.leaseLost()).as("its own write, not another holder's").isEmpty();
    assertThat(saved).isEqualTo(CharacterSaveResult.clean());
    for (DueCharacter c : batch.items()) {
      assertThat(fixture.read(c.key()).lastSyncedAt()).contains(T0);
    }
    assertThat(fixture.sql().fetchCount(DSL.table("character_claims"))).isZero();
  }

  @Test
  void aGuildSaveWhoseAcknowledgementWasLostReportsWhatItWrote() {
    JooqStoreFixture characters = JooqStoreFixture.empty();
    JooqStore store = JooqStore.create(losingAcknowledgements());
    JooqGuildStoreFixture fixture = new JooqGuildStoreFixture(characters, store);
    GuildKey key = store.trackGuild(Region.EU, GuildRosters.REALM, "The Long Watch");
    GuildRosters.Decided decided =
        GuildRosters.decide(
            store,
            key,
            T0,
            List.of(GuildRosters.member(1, "Aeron", 0), GuildRosters.member(2, "Kenion", 3)));
    loseNextAcknowledgement.set(true);

    GuildSaveResult saved = store.saveGuild(decided.lease(), decided.change());

    assertThat(loseNextAcknowledgement).as("the commit was applied, its reply lost").isFalse();
    assertThat(saved.status()).isEqualTo(GuildSaveStatus.WRITTEN);
    assertThat(saved.charactersCreated()).isEqualTo(2);
    assertThat(fixture.members(key)).hasSize(2);
    CharacterKey aeron = fixture.characterWithId(Region.EU, 1).orElseThrow().key();
    assertThat(fixture.readGuild(key).leader()).contains(aeron);
  }
}
