package dev.guildsync.testing.character;

import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterProfilePort;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link CharacterProfilePort} that answers from a script per character: a sequence of results,
 * one per call, the last one repeating. Records every call (with the {@code Last-Modified} it was
 * given) and the highest number of calls in flight at once. Thread-safe.
 *
 * <p>A character with no script answers {@link FetchResult.NotFound}.
 */
public final class ScriptedProfileSource implements CharacterProfilePort {

  /** One recorded call. */
  public record Call(CharacterRef character, Optional<String> lastModified) {}

  private final Map<CharacterRef, Deque<FetchResult<CharacterProfile>>> scripts = new HashMap<>();
  private final List<Call> calls = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private volatile Duration delay = Duration.ZERO;

  /**
   * Scripts the answers for {@code character}, replacing any earlier script. The last result
   * repeats once the others are used up.
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // List.of copies the array and is safe itself
  public final synchronized ScriptedProfileSource script(
      CharacterRef character, FetchResult<CharacterProfile>... results) {
    Objects.requireNonNull(character, "character");
    if (results.length == 0) {
      throw new IllegalArgumentException("a script needs at least one result");
    }
    scripts.put(character, new ArrayDeque<>(List.of(results)));
    return this;
  }

  /** Makes every call take this long, so concurrency can be observed. */
  public ScriptedProfileSource delay(Duration delay) {
    this.delay = Objects.requireNonNull(delay, "delay");
    return this;
  }

  @Override
  public FetchResult<CharacterProfile> fetchProfile(
      CharacterRef character, Optional<String> lastModified) {
    Objects.requireNonNull(character, "character");
    Objects.requireNonNull(lastModified, "lastModified");
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      if (!delay.isZero()) {
        Thread.sleep(delay.toMillis());
      }
      return next(character, lastModified);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FetchResult.failed(true, "interrupted");
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private synchronized FetchResult<CharacterProfile> next(
      CharacterRef character, Optional<String> lastModified) {
    calls.add(new Call(character, lastModified));
    Deque<FetchResult<CharacterProfile>> script = scripts.get(character);
    if (script == null) {
      return FetchResult.notFound("no script for " + character);
    }
    return script.size() > 1 ? script.removeFirst() : script.getFirst();
  }

  /** Every call so far, in order. */
  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  /** How many times {@code character} was fetched. */
  public synchronized int callCount(CharacterRef character) {
    return (int) calls.stream().filter(c -> c.character().equals(character)).count();
  }

  /** The highest number of calls that were in flight at the same time. */
  public int maxInFlight() {
    return maxInFlight.get();
  }
}
