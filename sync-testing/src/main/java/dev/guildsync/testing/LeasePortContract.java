package dev.guildsync.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.claim.LeasePort;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link LeasePort}'s contract, for any store that claims items under leases (characters, guilds):
 * renewing keeps items reserved past the first end, releasing gives them back at once, and neither
 * takes back an item claimed elsewhere. A subclass says how to add, claim, save and read one kind
 * of item; {@link #newItems()} is called before each test and must start empty.
 *
 * @param <K> the items' key type
 */
public abstract class LeasePortContract<K> {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);

  /** One kind of leased item over the store under test. */
  protected interface Items<K> {
    /** The store under test. */
    LeasePort leases();

    /** Adds an item due for a sync, named {@code name}, and returns its key. */
    K add(String name);

    /** Claims due items with the store's own claim; the claimed items' keys. */
    Claimed<K> claim(DueQuery query);

    /**
     * Saves "not found" for {@code key} under {@code lease} at {@code at}.
     *
     * @return false when the store reported the lease lost for it
     */
    boolean saveNotFound(Lease lease, K key, Instant at);

    /** Whether the item is marked available (a saved "not found" marks it unavailable). */
    boolean available(K key);

    /** The item's whole stored state, compared before and after a release. */
    Object read(K key);
  }

  private Items<K> items;

  /** The items of a fresh, empty store under test. */
  protected abstract Items<K> newItems();

  @BeforeEach
  void setUpItems() {
    items = newItems();
  }

  private Claimed<K> claim(Instant now, int limit) {
    return items.claim(new DueQuery(now, now, now.minus(Duration.ofDays(7)), limit, LEASE));
  }

  private List<K> claimedKeys(Instant now) {
    return claim(now, 100).items();
  }

  @Test
  void aReleasedLeaseGivesItsItemsBackAtOnceUnchanged() {
    K one = items.add("One");
    K two = items.add("Two");
    Claimed<K> batch = claim(T0, 100);
    Object before = items.read(one);

    items.leases().release(batch.lease());

    assertThat(claimedKeys(T0)).containsExactlyInAnyOrder(one, two);
    assertThat(items.read(one)).isEqualTo(before);
  }

  @Test
  void releaseKeepsWhatWasSavedAndIsIdempotent() {
    K saved = items.add("Saved");
    K pending = items.add("Pending");
    Claimed<K> batch = claim(T0, 100);
    items.saveNotFound(batch.lease(), saved, T0);

    items.leases().release(batch.lease());
    items.leases().release(batch.lease());

    assertThat(items.available(saved)).isFalse();
    assertThat(claimedKeys(T0.plusSeconds(1))).containsExactly(pending);
  }

  @Test
  void releasingOneLeaseLeavesAnotherLeaseAlone() {
    items.add("One");
    items.add("Two");
    Claimed<K> first = claim(T0, 1);
    Claimed<K> second = claim(T0, 1);

    items.leases().release(first.lease());

    assertThat(claimedKeys(T0)).containsExactlyElementsOf(first.items());
    assertThat(claimedKeys(T0)).isEmpty();
    assertThat(second.items()).hasSize(1);
  }

  @Test
  void aSaveUnderAReleasedLeaseWritesNothing() {
    K key = items.add("Late");
    Claimed<K> batch = claim(T0, 100);
    items.leases().release(batch.lease());

    assertThat(items.saveNotFound(batch.lease(), key, T0)).as("lease lost").isFalse();
    assertThat(items.available(key)).isTrue();
  }

  @Test
  void aRenewedLeaseKeepsItsItemsPastItsFirstEndAndStillSaves() {
    K key = items.add("Slow");
    Claimed<K> batch = claim(T0, 100);
    Instant later = T0.plus(LEASE.multipliedBy(3));

    Lease renewed = items.leases().renew(batch.lease(), later);

    assertThat(renewed).isEqualTo(new Lease(batch.lease().id(), later));
    assertThat(claimedKeys(T0.plus(LEASE).plusSeconds(1))).isEmpty();
    assertThat(items.saveNotFound(renewed, key, later)).isTrue();
    assertThat(items.available(key)).isFalse();
  }

  @Test
  void aRenewedLeaseExpiresAtItsNewEnd() {
    K key = items.add("Crashed");
    Claimed<K> batch = claim(T0, 100);
    Instant later = T0.plus(LEASE.multipliedBy(3));
    items.leases().renew(batch.lease(), later);

    assertThat(claimedKeys(later.minusSeconds(1))).isEmpty();
    assertThat(claimedKeys(later)).containsExactly(key);
  }

  @Test
  void renewingAnExpiredLeaseDoesNotTakeBackAnItemClaimedElsewhere() {
    K key = items.add("Taken");
    Claimed<K> stale = claim(T0, 100);
    Instant afterExpiry = T0.plus(LEASE).plusSeconds(1);
    Claimed<K> current = claim(afterExpiry, 100);

    items.leases().renew(stale.lease(), afterExpiry.plus(LEASE.multipliedBy(5)));
    items.leases().release(stale.lease());

    assertThat(current.items()).containsExactly(key);
    assertThat(claimedKeys(afterExpiry.plusSeconds(1))).isEmpty();
    assertThat(items.saveNotFound(stale.lease(), key, T0)).isFalse();
    assertThat(items.saveNotFound(current.lease(), key, T0)).isTrue();
  }
}
