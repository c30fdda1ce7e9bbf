package dev.guildsync.jooq;

import dev.guildsync.core.detail.DetailData;
import dev.guildsync.core.detail.Equipment;
import dev.guildsync.core.detail.MythicPlus;
import dev.guildsync.core.detail.Professions;
import dev.guildsync.core.detail.Raids;
import dev.guildsync.core.detail.Toys;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BiConsumer;

/**
 * Writes a detail's projection as the JSON of {@code character_details.data} (keys in
 * docs/details.md). Hand-written rather than a JSON library: the adapter forces no more
 * dependencies on its users, and the projections are small validated records. Absent values are
 * written as {@code null}, so every key is always there for a reader.
 */
final class DetailJson {
  private final StringBuilder out = new StringBuilder(256);
  private boolean first = true;

  private DetailJson() {}

  static String of(DetailData data) {
    DetailJson json = new DetailJson();
    json.write(data);
    return json.out.toString();
  }

  private void write(DetailData data) {
    if (data instanceof Equipment e) {
      object(
          () -> {
            number("averageItemLevel", e.averageItemLevel());
            array("items", e.items(), this::item);
          });
    } else if (data instanceof MythicPlus m) {
      object(
          () -> {
            number("rating", m.rating());
            text("color", m.color());
            number("periodId", m.periodId());
            array("bestRuns", m.bestRuns(), this::run);
            array("seasons", m.seasons(), (j, s) -> raw(String.valueOf(s)));
          });
    } else if (data instanceof Professions p) {
      object(
          () -> {
            array("primaries", p.primaries(), this::profession);
            array("secondaries", p.secondaries(), this::profession);
          });
    } else if (data instanceof Raids r) {
      object(
          () -> {
            text("expansion", r.expansion());
            array("instances", r.instances(), this::instance);
          });
    } else {
      Toys t = (Toys) data;
      object(
          () -> {
            array("toyIds", t.toyIds(), (j, id) -> raw(String.valueOf(id)));
            text("hash", Optional.of(t.hash()));
          });
    }
  }

  private void item(DetailJson j, Equipment.Item i) {
    object(
        () -> {
          text("slot", Optional.of(i.slot()));
          number("itemId", OptionalLong.of(i.itemId()));
          text("name", i.name());
          number("level", OptionalLong.of(i.level()));
          text("quality", Optional.of(i.quality()));
          array("bonusList", i.bonusList(), (x, v) -> raw(String.valueOf(v)));
          array("enchantIds", i.enchantIds(), (x, v) -> raw(String.valueOf(v)));
          array("gemIds", i.gemIds(), (x, v) -> raw(String.valueOf(v)));
          text("upgradeTrack", i.upgradeTrack());
        });
  }

  private void run(DetailJson j, MythicPlus.Run r) {
    object(
        () -> {
          number("dungeonId", OptionalLong.of(r.dungeonId()));
          text("dungeonName", r.dungeonName());
          number("keystoneLevel", OptionalLong.of(r.keystoneLevel()));
          number("durationMs", OptionalLong.of(r.duration().toMillis()));
          key("inTime");
          raw(String.valueOf(r.inTime()));
          time("completedAt", Optional.of(r.completedAt()));
        });
  }

  private void profession(DetailJson j, Professions.Profession p) {
    object(
        () -> {
          number("id", OptionalLong.of(p.id()));
          text("name", p.name());
          number("skillPoints", p.skillPoints());
          number("maxSkillPoints", p.maxSkillPoints());
          array(
              "tiers",
              p.tiers(),
              (x, t) ->
                  object(
                      () -> {
                        number("id", OptionalLong.of(t.id()));
                        text("name", t.name());
                        number("skillPoints", OptionalInt.of(t.skillPoints()));
                        number("maxSkillPoints", OptionalInt.of(t.maxSkillPoints()));
                      }));
        });
  }

  private void instance(DetailJson j, Raids.Instance i) {
    object(
        () -> {
          number("id", OptionalLong.of(i.id()));
          text("name", i.name());
          array(
              "modes",
              i.modes(),
              (x, m) ->
                  object(
                      () -> {
                        text("difficulty", Optional.of(m.difficulty()));
                        number("completed", OptionalInt.of(m.completed()));
                        number("total", OptionalInt.of(m.total()));
                        array("encounters", m.encounters(), this::encounter);
                      }));
        });
  }

  private void encounter(DetailJson j, Raids.Encounter e) {
    object(
        () -> {
          number("id", OptionalLong.of(e.id()));
          text("name", e.name());
          number("killCount", OptionalInt.of(e.killCount()));
          time("lastKillAt", e.lastKillAt());
        });
  }

  private void object(Runnable members) {
    out.append('{');
    first = true;
    members.run();
    out.append('}');
    first = false;
  }

  private <T> void array(String name, List<T> items, BiConsumer<DetailJson, T> item) {
    key(name);
    out.append('[');
    first = true;
    for (T t : items) {
      if (!first) {
        out.append(',');
      }
      first = true;
      item.accept(this, t);
      first = false;
    }
    out.append(']');
    first = false;
  }

  private void key(String name) {
    if (!first) {
      out.append(',');
    }
    first = false;
    quoted(name);
    out.append(':');
  }

  private void raw(String value) {
    out.append(value);
  }

  private void text(String name, Optional<String> value) {
    key(name);
    value.ifPresentOrElse(this::quoted, () -> out.append("null"));
  }

  private void time(String name, Optional<Instant> value) {
    text(name, value.map(Instant::toString));
  }

  private void number(String name, OptionalLong value) {
    key(name);
    out.append(value.isPresent() ? String.valueOf(value.getAsLong()) : "null");
  }

  private void number(String name, OptionalInt value) {
    key(name);
    out.append(value.isPresent() ? String.valueOf(value.getAsInt()) : "null");
  }

  private void number(String name, OptionalDouble value) {
    key(name);
    // The projections hold finite numbers only (NaN and infinities are rejected before).
    out.append(value.isPresent() ? String.valueOf(value.getAsDouble()) : "null");
  }

  private void quoted(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
