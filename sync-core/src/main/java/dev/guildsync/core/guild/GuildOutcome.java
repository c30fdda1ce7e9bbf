package dev.guildsync.core.guild;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One guild's result in a run, as the listener sees it.
 *
 * @param guild the claimed guild
 * @param outcome what happened
 * @param events the member events written; empty unless {@link GuildSyncOutcome#UPDATED}
 * @param charactersCreated characters the store inserted for new members
 * @param duplicate for {@link GuildSyncOutcome#DUPLICATE}: the guild and the holder of its id
 * @param detail why: the failure reason, the duplicate; empty otherwise
 */
public record GuildOutcome(
    TrackedGuild guild,
    GuildSyncOutcome outcome,
    List<MemberEvent> events,
    int charactersCreated,
    Optional<DuplicateGuild> duplicate,
    Optional<String> detail) {
  public GuildOutcome {
    Objects.requireNonNull(guild, "guild");
    Objects.requireNonNull(outcome, "outcome");
    events = List.copyOf(events);
    Objects.requireNonNull(duplicate, "duplicate");
    Objects.requireNonNull(detail, "detail");
  }

  /** How many events of {@code kind} this guild recorded. */
  public int count(MemberEventKind kind) {
    return (int) events.stream().filter(e -> e.kind() == kind).count();
  }
}
