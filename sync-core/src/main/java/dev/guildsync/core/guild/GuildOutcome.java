package dev.guildsync.core.guild;

import dev.guildsync.core.ItemOutcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One guild's result in a run, as the listener sees it.
 *
 * @param result the claimed guild, what happened and why (the failure reason, the duplicate)
 * @param events the member events written; empty unless {@link GuildSyncOutcome#UPDATED}
 * @param charactersCreated characters the store inserted for new members
 * @param duplicate for {@link GuildSyncOutcome#DUPLICATE}: the guild and the holder of its id
 */
public record GuildOutcome(
    ItemOutcome<TrackedGuild, GuildSyncOutcome> result,
    List<MemberEvent> events,
    int charactersCreated,
    Optional<DuplicateGuild> duplicate) {
  /** Checks that no component is null and copies the events. */
  public GuildOutcome {
    Objects.requireNonNull(result, "result");
    events = List.copyOf(events);
    Objects.requireNonNull(duplicate, "duplicate");
  }

  /** How many events of {@code kind} this guild recorded. */
  public int count(MemberEventKind kind) {
    return (int) events.stream().filter(e -> e.kind() == kind).count();
  }
}
