package dev.guildsync.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one claimed item in a run, whatever the item: the part of every sync's outcome
 * that its listener and its tally read first. Each sync's outcome ({@code CharacterOutcome}, {@code
 * GuildOutcome}) holds one and adds what only it writes. Immutable.
 *
 * @param <T> the claimed item, e.g. a due character
 * @param <O> the sync's outcomes
 * @param item the claimed item
 * @param outcome what happened
 * @param detail why: the failure reason, the identity change, the duplicate, the dropped link;
 *     empty otherwise
 */
public record ItemOutcome<T, O extends Enum<O>>(T item, O outcome, Optional<String> detail) {
  /** Checks that no component is null. */
  public ItemOutcome {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
  }
}
