package dev.guildsync.bnet;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.detail.Equipment;
import dev.guildsync.core.detail.MythicPlus;
import dev.guildsync.core.detail.Professions;
import dev.guildsync.core.detail.Raids;
import dev.guildsync.core.detail.Toys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Turns the character sub-resources' bodies into the core's detail projections, or says why it
 * cannot ({@link ProfileMapper.Invalid}: a body is never half-mapped). Tolerant of what comes and
 * goes between patches: null localized names are absent, a missing list is empty, an enchant that
 * is not {@code PERMANENT} (an on-use tinker) is not an enchant, an empty socket has no gem, a mode
 * of a difficulty the latest expansion does not have is left out. What the projections check
 * (negative item levels, a NaN rating, 400 items, 100,000 toys...) makes the body invalid.
 * Thread-safe.
 */
final class DetailMapper {
  private final ObjectMapper json;

  DetailMapper(ObjectMapper json) {
    this.json = json;
  }

  Equipment equipment(byte[] body) throws ProfileMapper.Invalid {
    DetailBodies.Equipment e = ProfileMapper.read(json, body, DetailBodies.Equipment.class);
    return checked(
        "equipment",
        () -> {
          List<Equipment.Item> items = new ArrayList<>();
          for (DetailBodies.Item i : list(e.equippedItems())) {
            items.add(item(Objects.requireNonNull(i, "equipped item")));
          }
          return new Equipment(character(e.character()), items);
        });
  }

  private static Equipment.Item item(DetailBodies.Item i) {
    return new Equipment.Item(
        required(i.slot() == null ? null : i.slot().type(), "slot.type"),
        required(i.item() == null ? null : i.item().id(), "item.id"),
        name(i.name()),
        required(i.level() == null ? null : i.level().value(), "level.value"),
        i.quality() == null || i.quality().type() == null ? "UNKNOWN" : i.quality().type(),
        list(i.bonusList()).stream().filter(Objects::nonNull).toList(),
        list(i.enchantments()).stream()
            .filter(x -> x != null && x.enchantmentId() != null && x.enchantmentSlot() != null)
            .filter(x -> "PERMANENT".equals(x.enchantmentSlot().type()))
            .map(DetailBodies.Enchantment::enchantmentId)
            .toList(),
        list(i.sockets()).stream()
            .filter(s -> s != null && s.item() != null && s.item().id() != null)
            .map(s -> s.item().id())
            .toList(),
        i.nameDescription() == null ? Optional.empty() : name(i.nameDescription().displayString()));
  }

  MythicPlus mythicPlus(byte[] body) throws ProfileMapper.Invalid {
    DetailBodies.MythicProfile m = ProfileMapper.read(json, body, DetailBodies.MythicProfile.class);
    return checked(
        "mythic-plus",
        () -> {
          DetailBodies.Rating rating = m.currentMythicRating();
          DetailBodies.Period period = m.currentPeriod();
          List<MythicPlus.Run> runs = new ArrayList<>();
          for (DetailBodies.Run r :
              period == null ? List.<DetailBodies.Run>of() : list(period.bestRuns())) {
            runs.add(
                new MythicPlus.Run(
                    required(r.dungeon() == null ? null : r.dungeon().id(), "dungeon.id"),
                    name(r.dungeon() == null ? null : r.dungeon().name()),
                    required(r.keystoneLevel(), "keystone_level"),
                    Duration.ofMillis(required(r.duration(), "duration")),
                    Boolean.TRUE.equals(r.isCompletedWithinTime()),
                    Instant.ofEpochMilli(required(r.completedTimestamp(), "completed_timestamp"))));
          }
          return new MythicPlus(
              character(m.character()),
              rating == null || rating.rating() == null
                  ? OptionalDouble.empty()
                  : OptionalDouble.of(rating.rating()),
              color(rating),
              period == null || period.period() == null || period.period().id() == null
                  ? OptionalLong.empty()
                  : OptionalLong.of(period.period().id()),
              runs,
              list(m.seasons()).stream()
                  .filter(s -> s != null && s.id() != null)
                  .map(s -> Math.toIntExact(s.id()))
                  .toList());
        });
  }

  private static Optional<String> color(DetailBodies.Rating rating) {
    if (rating == null || rating.color() == null) {
      return Optional.empty();
    }
    DetailBodies.Color c = rating.color();
    return Optional.of(
        MythicPlus.hexColor(
            required(c.r(), "color.r"), required(c.g(), "color.g"), required(c.b(), "color.b")));
  }

  Professions professions(byte[] body) throws ProfileMapper.Invalid {
    DetailBodies.Professions p = ProfileMapper.read(json, body, DetailBodies.Professions.class);
    return checked(
        "professions",
        () ->
            new Professions(
                map(list(p.primaries()), DetailMapper::profession),
                map(list(p.secondaries()), DetailMapper::profession)));
  }

  private static Professions.Profession profession(DetailBodies.Profession p) {
    DetailBodies.Ref ref = Objects.requireNonNull(p.profession(), "profession");
    return new Professions.Profession(
        required(ref.id(), "profession.id"),
        name(ref.name()),
        map(
            list(p.tiers()),
            t ->
                new Professions.Tier(
                    required(t.tier() == null ? null : t.tier().id(), "tier.id"),
                    name(t.tier() == null ? null : t.tier().name()),
                    required(t.skillPoints(), "skill_points"),
                    required(t.maxSkillPoints(), "max_skill_points"))),
        p.skillPoints() == null ? OptionalInt.empty() : OptionalInt.of(p.skillPoints()),
        p.maxSkillPoints() == null ? OptionalInt.empty() : OptionalInt.of(p.maxSkillPoints()));
  }

  /**
   * The latest expansion only: the one with the highest id (Battle.net numbers expansions in
   * release order; the list's own order is not promised).
   */
  Raids raids(byte[] body) throws ProfileMapper.Invalid {
    DetailBodies.Raids r = ProfileMapper.read(json, body, DetailBodies.Raids.class);
    return checked(
        "raids",
        () -> {
          Optional<DetailBodies.Expansion> latest =
              list(r.expansions()).stream()
                  .filter(x -> x != null && x.expansion() != null && x.expansion().id() != null)
                  .max(Comparator.comparingLong(x -> x.expansion().id()));
          return new Raids(
              character(r.character()),
              latest.flatMap(x -> name(x.expansion().name())),
              latest.map(x -> map(list(x.instances()), DetailMapper::instance)).orElse(List.of()));
        });
  }

  private static Raids.Instance instance(DetailBodies.Instance i) {
    DetailBodies.Ref ref = Objects.requireNonNull(i.instance(), "instance");
    List<Raids.Mode> modes = new ArrayList<>();
    for (DetailBodies.Mode m : list(i.modes())) {
      String difficulty = m == null || m.difficulty() == null ? null : m.difficulty().type();
      if (difficulty == null || !Raids.DIFFICULTIES.contains(difficulty)) {
        continue;
      }
      DetailBodies.Progress p = Objects.requireNonNull(m.progress(), "progress");
      modes.add(
          new Raids.Mode(
              difficulty,
              required(p.completedCount(), "completed_count"),
              required(p.totalCount(), "total_count"),
              map(
                  list(p.encounters()),
                  e ->
                      new Raids.Encounter(
                          required(
                              e.encounter() == null ? null : e.encounter().id(), "encounter.id"),
                          name(e.encounter() == null ? null : e.encounter().name()),
                          e.completedCount() == null ? 0 : e.completedCount(),
                          Optional.ofNullable(e.lastKillTimestamp()).map(Instant::ofEpochMilli)))));
    }
    return new Raids.Instance(required(ref.id(), "instance.id"), name(ref.name()), modes);
  }

  Toys toys(byte[] body) throws ProfileMapper.Invalid {
    DetailBodies.Toys t = ProfileMapper.read(json, body, DetailBodies.Toys.class);
    if (t.toys() == null) {
      // Not a toys body (e.g. the collections index): no hash, rather than the empty list's.
      throw new ProfileMapper.Invalid("toys lacks required field 'toys'");
    }
    return checked(
        "toys",
        () ->
            new Toys(
                map(
                    list(t.toys()),
                    x -> required(x.toy() == null ? null : x.toy().id(), "toy.id"))));
  }

  /** What a mapping step may throw: a missing required value or one the projection refuses. */
  @FunctionalInterface
  private interface Step<T> {
    T get();
  }

  private static <T> T checked(String what, Step<T> step) throws ProfileMapper.Invalid {
    try {
      return step.get();
    } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
      throw new ProfileMapper.Invalid(what + " has an invalid value: " + e.getMessage());
    }
  }

  private static Optional<BnetCharacterId> character(DetailBodies.Ref ref) {
    return ref == null || ref.id() == null
        ? Optional.empty()
        : Optional.of(BnetCharacterId.of(ref.id()));
  }

  private static Optional<String> name(String name) {
    return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("lacks required field '" + field + "'");
    }
    return value;
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static <F, T> List<T> map(List<F> from, Function<F, T> to) {
    List<T> mapped = new ArrayList<>(from.size());
    for (F f : from) {
      mapped.add(to.apply(Objects.requireNonNull(f, "a list holds null")));
    }
    return mapped;
  }
}
