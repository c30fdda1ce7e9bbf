package dev.guildsync.bnet;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a limit. Reading stops (the exchange is cancelled) as soon as the
 * limit is passed, so an oversized answer never fills memory.
 *
 * @param bytes the body; empty when {@code tooLarge}
 * @param tooLarge true when the body (or its {@code Content-Length}) exceeded the limit
 */
record BoundedBody(byte[] bytes, boolean tooLarge) {
  /** The limit for a profile: real ones are a few KiB. */
  static final int PROFILE_MAX_BYTES = 1024 * 1024;

  /**
   * The limit for a roster: a real 1,000-member roster (the game's cap) is about 400 KB, so this
   * leaves ten times that for longer names and fields Battle.net may add.
   */
  static final int ROSTER_MAX_BYTES = 4 * 1024 * 1024;

  /** A handler that reads at most {@code limit} bytes. */
  static BodyHandler<BoundedBody> handler(int limit) {
    return info -> {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
      if (declared > limit) {
        return BodySubscribers.replacing(new BoundedBody(new byte[0], true));
      }
      return new Subscriber(limit);
    };
  }

  private static final class Subscriber implements BodySubscriber<BoundedBody> {
    private final int limit;
    private final CompletableFuture<BoundedBody> result = new CompletableFuture<>();
    private byte[] buffer = new byte[8192];
    private int size;
    private Flow.Subscription subscription;

    Subscriber(int limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<BoundedBody> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        int n = item.remaining();
        if ((long) size + n > limit) {
          result.complete(new BoundedBody(new byte[0], true));
          subscription.cancel();
          return;
        }
        if (size + n > buffer.length) {
          buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + n));
        }
        item.get(buffer, size, n);
        size += n;
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(new BoundedBody(java.util.Arrays.copyOf(buffer, size), false));
    }
  }
}
