package dev.guildsync.testing.character;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.character.CharacterStatus;
import dev.guildsync.core.character.CharacterStatusPort;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link CharacterStatusPort} that answers from a script per character (the last answer
 * repeating) and records every call. Thread-safe.
 *
 * <p>A character with no script answers {@link FetchResult.NotFound}.
 */
public final class ScriptedStatusSource implements CharacterStatusPort {
  private final Map<CharacterRef, Deque<FetchResult<CharacterStatus>>> scripts = new HashMap<>();
  private final List<CharacterRef> calls = new ArrayList<>();

  /** Scripts the answers for {@code character}, replacing any earlier script. */
  @SafeVarargs
  @SuppressWarnings("varargs") // List.of copies the array and is safe itself
  public final synchronized ScriptedStatusSource script(
      CharacterRef character, FetchResult<CharacterStatus>... results) {
    Objects.requireNonNull(character, "character");
    if (results.length == 0) {
      throw new IllegalArgumentException("a script needs at least one result");
    }
    scripts.put(character, new ArrayDeque<>(List.of(results)));
    return this;
  }

  /** Shorthand for an answer with this id and validity. */
  public static FetchResult<CharacterStatus> answered(long id, boolean valid) {
    return FetchResult.found(new CharacterStatus(BnetCharacterId.of(id), valid), null);
  }

  @Override
  public synchronized FetchResult<CharacterStatus> checkStatus(CharacterRef character) {
    Objects.requireNonNull(character, "character");
    calls.add(character);
    Deque<FetchResult<CharacterStatus>> script = scripts.get(character);
    if (script == null) {
      return new FetchResult.NotFound<>("HTTP 404");
    }
    return script.size() > 1 ? script.removeFirst() : script.getFirst();
  }

  /** How many status checks {@code character} cost. */
  public synchronized int callCount(CharacterRef character) {
    return (int) calls.stream().filter(character::equals).count();
  }

  /** How many status checks were made in all. */
  public synchronized int calls() {
    return calls.size();
  }
}
