package dev.guildsync.testing.guild;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildRosterPort;
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
 * Thread-safe. A guild with no script answers {@link FetchResult.NotFound}.
 */
public final class ScriptedRosterSource implements GuildRosterPort {

  /** One recorded call. */
  public record Call(GuildRef guild, Optional<String> lastModified) {}

  private final Map<GuildRef, Deque<FetchResult<GuildRoster>>> scripts = new HashMap<>();
  private final List<Call> calls = new ArrayList<>();

  /** Scripts the answers for {@code guild}, replacing any earlier script. */
  @SafeVarargs
  @SuppressWarnings("varargs") // List.of copies the array and is safe itself
  public final synchronized ScriptedRosterSource script(
      GuildRef guild, FetchResult<GuildRoster>... results) {
    Objects.requireNonNull(guild, "guild");
    if (results.length == 0) {
      throw new IllegalArgumentException("a script needs at least one result");
    }
    scripts.put(guild, new ArrayDeque<>(List.of(results)));
    return this;
  }

  @Override
  public synchronized FetchResult<GuildRoster> fetchRoster(
      GuildRef guild, Optional<String> lastModified) {
    calls.add(new Call(Objects.requireNonNull(guild), Objects.requireNonNull(lastModified)));
    Deque<FetchResult<GuildRoster>> script = scripts.get(guild);
    if (script == null) {
      return FetchResult.notFound("no script for " + guild);
    }
    return script.size() > 1 ? script.removeFirst() : script.getFirst();
  }

  /** Every call so far, in order. */
  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }
}
