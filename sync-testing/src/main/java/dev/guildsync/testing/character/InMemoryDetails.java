package dev.guildsync.testing.character;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import dev.guildsync.core.detail.DetailFetch;
import dev.guildsync.core.detail.DetailState;
import dev.guildsync.core.detail.DetailUpdate;
import dev.guildsync.core.detail.MythicPlus;
import dev.guildsync.core.detail.Raids;
import dev.guildsync.core.detail.Toys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-memory {@code character_details}, derived columns and raid progress of {@link
 * InMemoryCharacterStore}, written as {@link DetailUpdate} says. Not thread-safe: the store holds
 * its lock around every call.
 */
final class InMemoryDetails {
  private record Entry(StoredDetails.Row row, Optional<DetailData> data) {}

  private final Map<CharacterKey, Map<CharacterDetail, Entry>> rows = new HashMap<>();
  private final Map<CharacterKey, StoredDetails> derived = new HashMap<>();

  /** The claimable state of each stored detail of {@code key}. */
  Map<CharacterDetail, DetailState> states(CharacterKey key) {
    Map<CharacterDetail, DetailState> states = new EnumMap<>(CharacterDetail.class);
    rows.getOrDefault(key, Map.of()).forEach((d, e) -> states.put(d, e.row().state()));
    return states;
  }

  /** The stored projection of one detail; empty when none. */
  Optional<DetailData> data(CharacterKey key, CharacterDetail detail) {
    return Optional.ofNullable(rows.getOrDefault(key, Map.of()).get(detail)).flatMap(Entry::data);
  }

  void write(DetailUpdate u) {
    Map<CharacterDetail, Entry> mine =
        rows.computeIfAbsent(u.key(), k -> new EnumMap<>(CharacterDetail.class));
    Entry before = mine.get(u.detail());
    Optional<DetailData> data =
        switch (u.fetch()) {
          case FETCHED -> u.data();
          case ABSENT -> u.detail().keptWhenAbsent() ? dataOf(before) : Optional.empty();
          case NOT_MODIFIED, FAILED -> dataOf(before);
        };
    DetailState state = u.stateAfter(Optional.ofNullable(before).map(e -> e.row().state()));
    mine.put(
        u.detail(),
        new Entry(new StoredDetails.Row(state, u.fetchedAt(), data.isPresent(), u.reason()), data));
    if (u.fetch() == DetailFetch.FETCHED
        || (u.fetch() == DetailFetch.ABSENT && !u.detail().keptWhenAbsent())) {
      derive(u.key(), u.detail(), data);
    }
  }

  private static Optional<DetailData> dataOf(Entry entry) {
    return entry == null ? Optional.empty() : entry.data();
  }

  private void derive(CharacterKey key, CharacterDetail detail, Optional<DetailData> data) {
    StoredDetails d = derived.getOrDefault(key, StoredDetails.none());
    derived.put(
        key,
        switch (detail) {
          case MYTHIC_PLUS -> {
            Optional<MythicPlus> m = data.map(MythicPlus.class::cast);
            yield new StoredDetails(
                Map.of(),
                m.flatMap(
                    x ->
                        x.rating().isPresent()
                            ? Optional.of(x.rating().getAsDouble())
                            : Optional.empty()),
                m.flatMap(MythicPlus::color),
                d.toyHash(),
                d.raids());
          }
          case TOYS ->
              new StoredDetails(
                  Map.of(),
                  d.mythicRating(),
                  d.mythicRatingColor(),
                  data.map(t -> ((Toys) t).hash()),
                  d.raids());
          case RAIDS ->
              new StoredDetails(
                  Map.of(), d.mythicRating(), d.mythicRatingColor(), d.toyHash(), raidRows(data));
          case EQUIPMENT, PROFESSIONS -> d;
        });
  }

  private static List<StoredDetails.RaidProgress> raidRows(Optional<DetailData> data) {
    List<StoredDetails.RaidProgress> progress = new ArrayList<>();
    data.map(Raids.class::cast)
        .ifPresent(
            raids ->
                raids
                    .instances()
                    .forEach(
                        i ->
                            i.modes()
                                .forEach(
                                    m ->
                                        progress.add(
                                            new StoredDetails.RaidProgress(
                                                i.id(),
                                                i.name(),
                                                m.difficulty(),
                                                m.completed(),
                                                m.total(),
                                                m.lastKillAt())))));
    progress.sort(
        Comparator.comparingLong(StoredDetails.RaidProgress::instanceId)
            .thenComparing(StoredDetails.RaidProgress::difficulty));
    return progress;
  }

  /** What is stored of {@code key}'s details. */
  StoredDetails read(CharacterKey key) {
    StoredDetails d = derived.getOrDefault(key, StoredDetails.none());
    Map<CharacterDetail, StoredDetails.Row> mine = new EnumMap<>(CharacterDetail.class);
    rows.getOrDefault(key, Map.of()).forEach((detail, e) -> mine.put(detail, e.row()));
    return new StoredDetails(mine, d.mythicRating(), d.mythicRatingColor(), d.toyHash(), d.raids());
  }

  /** Removes every detail of {@code key} (D6: purge and delete). */
  void remove(CharacterKey key) {
    rows.remove(key);
    derived.remove(key);
  }
}
