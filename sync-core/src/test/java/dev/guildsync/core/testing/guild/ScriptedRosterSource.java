package dev.guildsync.core.testing.guild;

import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.RosterFetchResult;
import dev.guildsync.core.port.GuildRosterPort;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link GuildRosterPort} that answers from a script per guild: a sequence of results, one per
 * call, the last one repeating. Records every call with the {@code Last-Modified} it was given.
 * Thread-safe. A guild with no script answers {@link RosterFetchResult.NotFound}.
 */
public final class ScriptedRosterSource implements GuildRosterPort {

  /** One recorded call. */
  public record Call(GuildRef guild, Optional<String> lastModified) {}

  private final Map<GuildRef, Deque<RosterFetchResult>> scripts = new HashMap<>();
  private final List<Call> calls = new ArrayList<>();

  /** Scripts the answers for {@code guild}, replacing any earlier script. */
  public synchronized ScriptedRosterSource script(GuildRef guild, RosterFetchResult... results) {
    Objects.requireNonNull(guild, "guild");
    if (results.length == 0) {
      throw new IllegalArgumentException("a script needs at least one result");
    }
    scripts.put(guild, new ArrayDeque<>(List.of(results)));
    return this;
  }

  @Override
  public synchronized RosterFetchResult fetch(GuildRef guild, Optional<String> lastModified) {
    calls.add(new Call(Objects.requireNonNull(guild), Objects.requireNonNull(lastModified)));
    Deque<RosterFetchResult> script = scripts.get(guild);
    if (script == null) {
      return RosterFetchResult.notFound("no script for " + guild);
    }
    return script.size() > 1 ? script.removeFirst() : script.getFirst();
  }

  /** Every call so far, in order. */
  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }
}
