package dev.guildsync.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap during one run. Three views, from most to least telling of what the run keeps alive:
 *
 * <ul>
 *   <li>live: heap used right after a forced full GC, sampled before the run ({@link #baseline})
 *       and during it ({@link #sampleLive}, called at the end of a batch, while the batch is still
 *       referenced);
 *   <li>after any GC: the most heap used right after any collection the JVM ran by itself;
 *   <li>peak used: the sum of each heap pool's peak, garbage included.
 * </ul>
 */
final class HeapSampler implements AutoCloseable {
  private final Set<String> heapPools;
  private final List<MemoryPoolMXBean> pools;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final AtomicLong maxAfterAnyGc = new AtomicLong();
  private final NotificationListener listener = this::onGc;
  private long baseline;
  private long maxLive;

  HeapSampler() {
    this.pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    this.heapPools = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  }

  /** Forces a GC, records the live heap as the baseline and starts listening. */
  void start() {
    baseline = liveNow();
    maxLive = baseline;
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  /** Forces a GC and records the live heap. */
  void sampleLive() {
    maxLive = Math.max(maxLive, liveNow());
  }

  long baseline() {
    return baseline;
  }

  long maxLive() {
    return maxLive;
  }

  /** At least {@link #maxLive()}: forced GCs count too, but their notifications may come late. */
  long maxAfterAnyGc() {
    return Math.max(maxAfterAnyGc.get(), maxLive);
  }

  long peakUsed() {
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private long liveNow() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void onGc(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        MemoryUsage usage = pool.getValue();
        used += usage.getUsed();
      }
    }
    maxAfterAnyGc.accumulateAndGet(used, Math::max);
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // Never added to this one: nothing to remove.
      }
    }
    emitters.clear();
  }
}
