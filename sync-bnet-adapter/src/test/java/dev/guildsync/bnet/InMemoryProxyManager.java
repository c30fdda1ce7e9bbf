package dev.guildsync.bnet;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Bucket4j "remote" backend in memory: bucket state is serialised and swapped like a real
 * backend's, so a {@link io.github.bucket4j.distributed.BucketProxy} built on it behaves like one
 * on PostgreSQL or Redis. It records the threads that called it, and can be made unreachable.
 */
final class InMemoryProxyManager extends AbstractCompareAndSwapBasedProxyManager<String> {
  private final ConcurrentHashMap<String, byte[]> states = new ConcurrentHashMap<>();
  private final Set<String> callers = ConcurrentHashMap.newKeySet();
  private volatile boolean unreachable;

  InMemoryProxyManager() {
    super(ClientSideConfig.getDefault());
  }

  /** Names of the threads that made a remote call so far. */
  Set<String> callers() {
    return Set.copyOf(callers);
  }

  /** From now on, every remote call fails as a lost connection would. */
  void goUnreachable() {
    unreachable = true;
  }

  @Override
  protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
    return new CompareAndSwapOperation() {
      @Override
      public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
        remoteCall();
        return Optional.ofNullable(states.get(key));
      }

      @Override
      public boolean compareAndSwap(
          byte[] originalData,
          byte[] newData,
          RemoteBucketState newState,
          Optional<Long> timeoutNanos) {
        remoteCall();
        if (originalData == null) {
          return states.putIfAbsent(key, newData) == null;
        }
        byte[] current = states.get(key);
        return current != null
            && Arrays.equals(current, originalData)
            && states.replace(key, current, newData);
      }
    };
  }

  private void remoteCall() {
    callers.add(Thread.currentThread().getName());
    if (unreachable) {
      throw new IllegalStateException("connection refused: bucket backend at 10.0.0.9:6379");
    }
  }

  @Override
  protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
    throw new UnsupportedOperationException("blocking only, like Bucket4j's JDBC backends");
  }

  @Override
  public void removeProxy(String key) {
    states.remove(key);
  }

  @Override
  protected CompletableFuture<Void> removeAsync(String key) {
    throw new UnsupportedOperationException("blocking only");
  }

  @Override
  public boolean isAsyncModeSupported() {
    return false;
  }
}
