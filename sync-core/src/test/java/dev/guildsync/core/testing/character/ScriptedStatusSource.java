package dev.guildsync.core.testing.character;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.character.CharacterStatusResult;
import dev.guildsync.core.port.CharacterStatusPort;
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
 * <p>A character with no script answers {@link CharacterStatusResult.NotFound}.
 */
public final class ScriptedStatusSource implements CharacterStatusPort {
  private final Map<CharacterRef, Deque<CharacterStatusResult>> scripts = new HashMap<>();
  private final List<CharacterRef> calls = new ArrayList<>();

  /** Scripts the answers for {@code character}, replacing any earlier script. */
  public synchronized ScriptedStatusSource script(
      CharacterRef character, CharacterStatusResult... results) {
    Objects.requireNonNull(character, "character");
    if (results.length == 0) {
      throw new IllegalArgumentException("a script needs at least one result");
    }
    scripts.put(character, new ArrayDeque<>(List.of(results)));
    return this;
  }

  /** Shorthand for an answer with this id and validity. */
  public static CharacterStatusResult answered(long id, boolean valid) {
    return new CharacterStatusResult.Answered(BnetCharacterId.of(id), valid);
  }

  @Override
  public synchronized CharacterStatusResult checkStatus(CharacterRef character) {
    Objects.requireNonNull(character, "character");
    calls.add(character);
    Deque<CharacterStatusResult> script = scripts.get(character);
    if (script == null) {
      return new CharacterStatusResult.NotFound("HTTP 404");
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
