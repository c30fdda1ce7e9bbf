package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.CredentialsRejectedException;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterProfilePort;
import dev.guildsync.core.character.CharacterStorePort;
import dev.guildsync.core.character.CharacterSyncFailedException;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.claim.Lease;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A run's leases: renewed while a batch is slow, released when a run fails or is stopped. */
class CharacterSyncLeaseTest extends SyncHarness {

  private void addCharacters(int n) {
    for (int i = 0; i < n; i++) {
      store.add(eu("Char" + i));
      profiles.script(
          eu("Char" + i), FetchResult.found(TestProfiles.guildless(eu("Char" + i), 100 + i), null));
    }
  }

  @Test
  void aRunWhoseSaveFailsReleasesTheBatchItHeld() {
    addCharacters(3);
    store.failNextSave(() -> new SyncException("database unreachable at jdbc:postgresql://db/x"));

    assertThatThrownBy(() -> service().run()).isInstanceOf(CharacterSyncFailedException.class);

    assertThat(store.releaseCalls()).isEqualTo(1);
    assertThat(store.anyLeasedAt(T0)).as("nothing stays leased").isFalse();
    assertThat(service().run().updated()).as("a rerun at once syncs them all").isEqualTo(3);
  }

  @Test
  void aRunWhoseCredentialsAreRejectedReleasesTheBatchItHeld() {
    addCharacters(2);
    CharacterProfilePort rejecting =
        (ref, lastModified) -> {
          throw new CredentialsRejectedException("Battle.net rejected the client credentials");
        };

    assertThatThrownBy(() -> service(CharacterSyncSettings.defaults(), rejecting).run())
        .isInstanceOf(CharacterSyncFailedException.class);

    assertThat(store.anyLeasedAt(T0)).isFalse();
    assertThat(store.saveCalls()).isZero();
  }

  @Test
  void anInterruptedRunStopsPromptlyAndReleasesTheBatchItHeld() throws Exception {
    addCharacters(3);
    profiles.delay(Duration.ofSeconds(30));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread runner =
        new Thread(
            () -> {
              try {
                service().run();
              } catch (RuntimeException e) {
                thrown.set(e);
              }
            });
    runner.start();
    while (profiles.maxInFlight() == 0 && runner.isAlive()) {
      Thread.sleep(10);
    }
    long start = System.nanoTime();

    runner.interrupt();
    runner.join(10_000);

    assertThat(runner.isAlive()).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(thrown.get())
        .isInstanceOf(CharacterSyncFailedException.class)
        .hasMessageContaining("interrupted");
    assertThat(store.releaseCalls()).isEqualTo(1);
    assertThat(store.anyLeasedAt(T0)).isFalse();
    assertThat(store.saveCalls()).isZero();
  }

  @Test
  void aSlowBatchKeepsItsLeaseRenewedAndTheRenewalsStopWithTheRun() throws Exception {
    addCharacters(2);
    profiles.delay(Duration.ofMillis(1_200));
    List<Lease> renewals = new CopyOnWriteArrayList<>();
    CharacterStorePort recording = recordingRenewals(renewals);
    CharacterSyncService service =
        CharacterSyncService.newBuilder()
            .guildLookup(guilds)
            .characterStore(recording)
            .profileSource(profiles)
            .clock(clock)
            .settings(CharacterSyncSettings.newBuilder().lease(Duration.ofMillis(300)).build())
            .build();

    CharacterSyncReport report = service.run();
    int afterRun = renewals.size();
    Thread.sleep(500);

    assertThat(report.updated()).isEqualTo(2);
    assertThat(renewals).as("renewed about every 100 ms").hasSizeGreaterThanOrEqualTo(3);
    assertThat(renewals).extracting(Lease::id).containsOnly(renewals.get(0).id());
    assertThat(renewals).extracting(Lease::until).containsOnly(T0.plusMillis(300));
    assertThat(renewals).as("no renewal once the batch is saved").hasSize(afterRun);
  }

  private CharacterStorePort recordingRenewals(List<Lease> renewals) {
    return new ForwardingCharacterStore(store) {
      @Override
      public Lease renew(Lease lease, Instant until) {
        Lease renewed = super.renew(lease, until);
        renewals.add(renewed);
        return renewed;
      }
    };
  }
}
