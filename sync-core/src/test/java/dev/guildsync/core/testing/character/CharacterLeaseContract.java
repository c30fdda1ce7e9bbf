package dev.guildsync.core.testing.character;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Lease;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.ClaimedCharacters;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.DueQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lease half of {@link dev.guildsync.core.port.CharacterStorePort}'s contract, as {@link
 * dev.guildsync.core.port.LeasePort} states it: renewing keeps characters reserved past the first
 * end, releasing gives them back at once, and neither takes back a character claimed elsewhere.
 * Extend it and return a fresh, empty fixture from {@link #newFixture()}.
 */
public abstract class CharacterLeaseContract {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);

  private StoreFixture fixture;

  /** A fixture over the implementation under test, with no rows. */
  protected abstract StoreFixture newFixture();

  @BeforeEach
  void setUpFixture() {
    fixture = newFixture();
  }

  private ClaimedCharacters claim(Instant now, int limit) {
    return fixture
        .store()
        .claimDue(new DueQuery(now, now, now.minus(Duration.ofDays(7)), limit, LEASE));
  }

  private List<CharacterKey> claimedKeys(Instant now) {
    return claim(now, 100).characters().stream().map(DueCharacter::key).toList();
  }

  private CharacterKey add(String name) {
    return fixture.addCharacter(new CharacterRef(Region.EU, "argent-dawn", name));
  }

  @Test
  void aReleasedLeaseGivesItsCharactersBackAtOnceUnchanged() {
    CharacterKey one = add("One");
    CharacterKey two = add("Two");
    ClaimedCharacters batch = claim(T0, 100);
    StoredCharacter before = fixture.read(one);

    fixture.store().release(batch.lease());

    assertThat(claimedKeys(T0)).containsExactlyInAnyOrder(one, two);
    assertThat(fixture.read(one)).isEqualTo(before);
  }

  @Test
  void releaseKeepsWhatWasSavedAndIsIdempotent() {
    CharacterKey saved = add("Saved");
    CharacterKey pending = add("Pending");
    ClaimedCharacters batch = claim(T0, 100);
    fixture.store().save(batch.lease(), List.of(new CharacterChange.NotFound(saved, T0)));

    fixture.store().release(batch.lease());
    fixture.store().release(batch.lease());

    assertThat(fixture.read(saved).available()).isFalse();
    assertThat(claimedKeys(T0.plusSeconds(1))).containsExactly(pending);
  }

  @Test
  void releasingOneLeaseLeavesAnotherLeaseAlone() {
    add("One");
    add("Two");
    ClaimedCharacters first = claim(T0, 1);
    ClaimedCharacters second = claim(T0, 1);

    fixture.store().release(first.lease());

    assertThat(claimedKeys(T0)).containsExactlyElementsOf(keys(first));
    assertThat(claimedKeys(T0)).isEmpty();
    assertThat(second.characters()).hasSize(1);
  }

  @Test
  void aSaveUnderAReleasedLeaseWritesNothing() {
    CharacterKey key = add("Late");
    ClaimedCharacters batch = claim(T0, 100);
    fixture.store().release(batch.lease());

    var result =
        fixture.store().save(batch.lease(), List.of(new CharacterChange.NotFound(key, T0)));

    assertThat(result.leaseLost()).containsExactly(key);
    assertThat(fixture.read(key).available()).isTrue();
  }

  @Test
  void aRenewedLeaseKeepsItsCharactersPastItsFirstEndAndStillSaves() {
    CharacterKey key = add("Slow");
    ClaimedCharacters batch = claim(T0, 100);
    Instant later = T0.plus(LEASE.multipliedBy(3));

    Lease renewed = fixture.store().renew(batch.lease(), later);

    assertThat(renewed).isEqualTo(new Lease(batch.lease().id(), later));
    assertThat(claimedKeys(T0.plus(LEASE).plusSeconds(1))).isEmpty();
    var result = fixture.store().save(renewed, List.of(new CharacterChange.NotFound(key, later)));
    assertThat(result.leaseLost()).isEmpty();
    assertThat(fixture.read(key).available()).isFalse();
  }

  @Test
  void aRenewedLeaseExpiresAtItsNewEnd() {
    CharacterKey key = add("Crashed");
    ClaimedCharacters batch = claim(T0, 100);
    Instant later = T0.plus(LEASE.multipliedBy(3));
    fixture.store().renew(batch.lease(), later);

    assertThat(claimedKeys(later.minusSeconds(1))).isEmpty();
    assertThat(claimedKeys(later)).containsExactly(key);
  }

  @Test
  void renewingAnExpiredLeaseDoesNotTakeBackACharacterClaimedElsewhere() {
    CharacterKey key = add("Taken");
    ClaimedCharacters stale = claim(T0, 100);
    Instant afterExpiry = T0.plus(LEASE).plusSeconds(1);
    ClaimedCharacters current = claim(afterExpiry, 100);

    fixture.store().renew(stale.lease(), afterExpiry.plus(LEASE.multipliedBy(5)));
    fixture.store().release(stale.lease());

    assertThat(current.characters()).extracting(DueCharacter::key).containsExactly(key);
    assertThat(claimedKeys(afterExpiry.plusSeconds(1))).isEmpty();
    var lost = fixture.store().save(stale.lease(), List.of(new CharacterChange.NotFound(key, T0)));
    assertThat(lost.leaseLost()).containsExactly(key);
    var kept =
        fixture.store().save(current.lease(), List.of(new CharacterChange.NotFound(key, T0)));
    assertThat(kept.leaseLost()).isEmpty();
  }

  private static List<CharacterKey> keys(ClaimedCharacters batch) {
    return batch.characters().stream().map(DueCharacter::key).toList();
  }
}
