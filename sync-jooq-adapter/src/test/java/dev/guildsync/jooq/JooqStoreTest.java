package dev.guildsync.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.Lease;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** What the store does before it ever needs a database. */
class JooqStoreTest {
  /** Points nowhere: any attempt to connect would fail the test with a SyncException. */
  private static final DataSource NOWHERE = new PGSimpleDataSource();

  @Test
  void usingAStoreLeavesTheHostsSystemPropertiesAlone() {
    Properties before = (Properties) System.getProperties().clone();

    JooqStore store = JooqStore.create(NOWHERE);
    store.findGuildKeys(Region.EU, Set.of());

    assertThat(System.getProperties()).isEqualTo(before);
  }

  @Test
  void emptyInputsNeedNoDatabase() {
    JooqStore store = JooqStore.create(NOWHERE);
    Lease lease = new Lease(UUID.randomUUID(), Instant.EPOCH);

    assertThat(store.findGuildKeys(Region.EU, Set.of())).isEmpty();
    assertThat(store.saveCharacters(lease, List.of())).isEqualTo(CharacterSaveResult.clean());
  }

  @Test
  void twoChangesForOneCharacterAreRejected() {
    JooqStore store = JooqStore.create(NOWHERE);
    CharacterKey key = CharacterKey.of(1);

    assertThatThrownBy(
            () ->
                store.saveCharacters(
                    new Lease(UUID.randomUUID(), Instant.EPOCH),
                    List.of(
                        new CharacterChange.Common(new CommonChange.NotFound<>(key, Instant.EPOCH)),
                        new CharacterChange.Common(
                            new CommonChange.Unchanged<>(key, Instant.EPOCH)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two changes for character 1");
  }

  @Test
  void nullArgumentsAreRejected() {
    JooqStore store = JooqStore.create(NOWHERE);

    assertThatThrownBy(() -> JooqStore.create((DataSource) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.findGuildKeys(null, Set.of(BnetGuildId.of(1))))
        .isInstanceOf(NullPointerException.class);
  }
}
