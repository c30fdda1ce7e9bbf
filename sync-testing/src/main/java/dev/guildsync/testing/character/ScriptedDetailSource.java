package dev.guildsync.testing.character;

import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.character.CharacterDetailPort;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link CharacterDetailPort} that answers from a script per character and detail (the last
 * answer repeats), and records every call with the {@code Last-Modified} it was given. Thread-safe.
 *
 * <p>An unscripted detail answers {@link FetchResult.Found} with {@link TestDetails#of} for
 * Battle.net id {@code defaultBnetId}.
 */
public final class ScriptedDetailSource implements CharacterDetailPort {

  /** One recorded call. */
  public record Call(
      CharacterRef character, CharacterDetail detail, Optional<String> lastModified) {}

  private record Key(CharacterRef character, CharacterDetail detail) {}

  private final Map<Key, List<Function<Optional<String>, FetchResult<DetailData>>>> scripts =
      new HashMap<>();
  private final List<Call> calls = new ArrayList<>();
  private final long defaultBnetId;

  /** A source whose unscripted answers name Battle.net character {@code defaultBnetId}. */
  public ScriptedDetailSource(long defaultBnetId) {
    this.defaultBnetId = defaultBnetId;
  }

  /** Scripts the answers for one detail of one character, replacing any earlier script. */
  @SafeVarargs
  @SuppressWarnings("varargs") // copied at once
  public final synchronized ScriptedDetailSource script(
      CharacterRef character, CharacterDetail detail, FetchResult<DetailData>... results) {
    List<Function<Optional<String>, FetchResult<DetailData>>> answers = new ArrayList<>();
    for (FetchResult<DetailData> result : results) {
      Objects.requireNonNull(result, "result");
      answers.add(since -> result);
    }
    scripts.put(new Key(character, detail), answers);
    return this;
  }

  /** Answers {@code detail} of {@code character} from what was asked, e.g. 304 when conditional. */
  public synchronized ScriptedDetailSource answer(
      CharacterRef character,
      CharacterDetail detail,
      Function<Optional<String>, FetchResult<DetailData>> answer) {
    scripts.put(new Key(character, detail), new ArrayList<>(List.of(answer)));
    return this;
  }

  @Override
  public synchronized FetchResult<DetailData> fetchDetail(
      CharacterRef character, CharacterDetail detail, Optional<String> lastModified) {
    Objects.requireNonNull(lastModified, "lastModified");
    calls.add(new Call(character, detail, lastModified));
    var script = scripts.get(new Key(character, detail));
    if (script == null) {
      return FetchResult.found(
          TestDetails.of(detail, defaultBnetId), "Mon, 23 Nov 2026 09:00:00 GMT");
    }
    var next = script.size() > 1 ? script.remove(0) : script.get(0);
    return next.apply(lastModified);
  }

  /** Every call so far, in order. */
  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Forgets the calls so far. */
  public synchronized void clearCalls() {
    calls.clear();
  }
}
