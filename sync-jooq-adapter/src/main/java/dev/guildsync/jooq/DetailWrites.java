package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.CHARACTER_DETAILS;
import static dev.guildsync.jooq.generated.Tables.CHARACTER_RAID_PROGRESS;

import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailFetch;
import dev.guildsync.core.detail.DetailUpdate;
import dev.guildsync.core.detail.MythicPlus;
import dev.guildsync.core.detail.Raids;
import dev.guildsync.core.detail.Toys;
import dev.guildsync.jooq.generated.tables.CharacterDetails;
import dev.guildsync.jooq.generated.tables.CharacterRaidProgress;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Writes a batch's details in the batch's transaction with a constant number of statements (D5),
 * each set-based over {@code unnest(...)} like {@link ChangeStatements}: one insert of the rows not
 * there yet, one update of every row as {@link DetailUpdate} says, one update of the characters'
 * Mythic+ rating, colour and toy hash, and for fetched raids one delete and one insert of their
 * progress rows. A purge removes a character's details with two deletes and the columns with its
 * own update (D6); a delete cascades.
 */
final class DetailWrites {
  private static final CharacterDetails D = CHARACTER_DETAILS;
  private static final CharacterRaidProgress R = CHARACTER_RAID_PROGRESS;

  /** {@code mythic_rating} as PostgreSQL has it (the generator's H2 makes NUMERIC an integer). */
  static final Field<BigDecimal> MYTHIC_RATING =
      DSL.field(DSL.name("mythic_rating"), SQLDataType.NUMERIC);

  private DetailWrites() {}

  /** Writes {@code updates}, all of characters whose change was just written. */
  static void write(DSLContext tx, List<DetailUpdate> updates) {
    if (updates.isEmpty()) {
      return;
    }
    var seed = new ArrayTable<>(updates, u -> u.key().value());
    var seedDetail = seed.column("detail", SQLDataType.CLOB, String[]::new, DetailWrites::name);
    var seedAt = fetchedAt(seed);
    var seedVersion =
        seed.column("version", SQLDataType.INTEGER, Integer[]::new, u -> u.detail().version());
    var seedOutcome =
        seed.column("outcome", SQLDataType.CLOB, String[]::new, u -> u.outcome().wireName());
    tx.insertInto(D, D.CHARACTER_ID, D.DETAIL, D.FETCHED_AT, D.VERSION, D.OUTCOME)
        .select(
            tx.select(seed.id(), seedDetail, seedAt, seedVersion, seedOutcome).from(seed.table()))
        .onConflict(D.CHARACTER_ID, D.DETAIL)
        .doNothing()
        .execute();
    update(tx, updates);
    derived(tx, updates);
    raids(tx, updates);
  }

  private static String name(DetailUpdate u) {
    return u.detail().wireName();
  }

  private static Field<OffsetDateTime> fetchedAt(ArrayTable<DetailUpdate> v) {
    return v.column(
        "fetched_at",
        D.FETCHED_AT.getDataType(),
        OffsetDateTime[]::new,
        u -> Timestamps.utc(u.fetchedAt()));
  }

  private static void update(DSLContext tx, List<DetailUpdate> updates) {
    var v = new ArrayTable<>(updates, u -> u.key().value());
    var detail = v.column("detail", SQLDataType.CLOB, String[]::new, DetailWrites::name);
    var kind = v.column("kind", SQLDataType.CLOB, String[]::new, u -> u.fetch().name());
    var login =
        v.column(
            "login",
            D.FETCHED_FOR_LOGIN.getDataType(),
            OffsetDateTime[]::new,
            u -> Timestamps.utc(u.fetchedForLogin().orElse(null)));
    var lastModified =
        v.column("lm", SQLDataType.CLOB, String[]::new, u -> u.lastModified().orElse(null));
    var at = fetchedAt(v);
    var version =
        v.column("version", SQLDataType.INTEGER, Integer[]::new, u -> u.detail().version());
    var outcome = v.column("outcome", SQLDataType.CLOB, String[]::new, u -> u.outcome().wireName());
    var data =
        v.column(
            "data",
            SQLDataType.CLOB,
            String[]::new,
            u -> u.data().map(DetailJson::of).orElse(null));
    var kept =
        v.column("kept", SQLDataType.BOOLEAN, Boolean[]::new, u -> u.detail().keptWhenAbsent());
    var reason =
        v.column("last_error", SQLDataType.CLOB, String[]::new, u -> u.reason().orElse(null));
    var fetched = kind.eq(DetailFetch.FETCHED.name());
    var absent = kind.eq(DetailFetch.ABSENT.name());
    tx.update(D)
        .set(
            D.FETCHED_FOR_LOGIN,
            DSL.when(kind.eq(DetailFetch.FAILED.name()), D.FETCHED_FOR_LOGIN).otherwise(login))
        .set(
            D.LAST_MODIFIED,
            DSL.when(fetched, lastModified)
                .when(absent, DSL.inline((String) null, SQLDataType.CLOB))
                .otherwise(D.LAST_MODIFIED))
        .set(D.FETCHED_AT, at)
        .set(D.VERSION, DSL.when(fetched.or(absent), version).otherwise(D.VERSION))
        .set(D.OUTCOME, outcome)
        .set(
            D.DATA,
            DSL.field(
                "case when {0} then {1}::jsonb when {2} and not {3} then null else {4} end",
                JSON.class, fetched, data, absent, kept, D.DATA))
        .set(D.LAST_ERROR, reason)
        .from(v.table())
        .where(D.CHARACTER_ID.eq(v.id()).and(D.DETAIL.eq(detail)))
        .execute();
  }

  /** What a fetched or cleared Mythic+ or toys detail writes on its character. */
  private record Derived(
      long id, boolean mythic, BigDecimal rating, String color, boolean toys, String hash) {}

  private static void derived(DSLContext tx, List<DetailUpdate> updates) {
    Map<Long, Derived> rows = new LinkedHashMap<>();
    for (DetailUpdate u : updates) {
      boolean writes =
          u.fetch() == DetailFetch.FETCHED
              || (u.fetch() == DetailFetch.ABSENT && !u.detail().keptWhenAbsent());
      long id = u.key().value();
      Derived d = rows.getOrDefault(id, new Derived(id, false, null, null, false, null));
      if (writes && u.detail() == CharacterDetail.MYTHIC_PLUS) {
        var m = u.data().map(MythicPlus.class::cast);
        BigDecimal rating =
            m.filter(x -> x.rating().isPresent())
                .map(x -> BigDecimal.valueOf(x.rating().getAsDouble()))
                .orElse(null);
        rows.put(
            id,
            new Derived(
                id, true, rating, m.flatMap(MythicPlus::color).orElse(null), d.toys(), d.hash()));
      } else if (writes && u.detail() == CharacterDetail.TOYS) {
        String hash = u.data().map(t -> ((Toys) t).hash()).orElse(null);
        rows.put(id, new Derived(id, d.mythic(), d.rating(), d.color(), true, hash));
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    var c = CHARACTERS;
    var v = new ArrayTable<>(List.copyOf(rows.values()), Derived::id);
    var mythic = v.column("set_mythic", SQLDataType.BOOLEAN, Boolean[]::new, Derived::mythic);
    var rating = v.column("rating", SQLDataType.NUMERIC, BigDecimal[]::new, Derived::rating);
    var color = v.column("color", SQLDataType.CLOB, String[]::new, Derived::color);
    var toys = v.column("set_toys", SQLDataType.BOOLEAN, Boolean[]::new, Derived::toys);
    var hash = v.column("hash", SQLDataType.CLOB, String[]::new, Derived::hash);
    ChangeStatements.update(
        v,
        tx.update(c)
            .set(
                MYTHIC_RATING,
                DSL.when(mythic, rating)
                    .otherwise(
                        DSL.field(DSL.name(c.getName(), "mythic_rating"), SQLDataType.NUMERIC)))
            .set(c.MYTHIC_RATING_COLOR, DSL.when(mythic, color).otherwise(c.MYTHIC_RATING_COLOR))
            .set(c.TOY_HASH, DSL.when(toys, hash).otherwise(c.TOY_HASH)));
  }

  /** One progress row to insert. */
  private record Progress(long id, Raids.Instance instance, Raids.Mode mode) {}

  private static void raids(DSLContext tx, List<DetailUpdate> updates) {
    List<Long> replaced = new ArrayList<>();
    List<Progress> rows = new ArrayList<>();
    for (DetailUpdate u : updates) {
      if (u.detail() == CharacterDetail.RAIDS && u.fetch() == DetailFetch.FETCHED) {
        replaced.add(u.key().value());
        for (Raids.Instance i : ((Raids) u.data().orElseThrow()).instances()) {
          i.modes().forEach(m -> rows.add(new Progress(u.key().value(), i, m)));
        }
      }
    }
    if (replaced.isEmpty()) {
      return;
    }
    deleteProgress(tx, replaced);
    if (rows.isEmpty()) {
      return;
    }
    var v = new ArrayTable<>(rows, Progress::id);
    var instance = v.column("instance_id", SQLDataType.BIGINT, Long[]::new, p -> p.instance().id());
    var name =
        v.column(
            "instance_name",
            SQLDataType.CLOB,
            String[]::new,
            p -> p.instance().name().orElse(null));
    var difficulty =
        v.column("difficulty", SQLDataType.CLOB, String[]::new, p -> p.mode().difficulty());
    var completed =
        v.column("completed", SQLDataType.INTEGER, Integer[]::new, p -> p.mode().completed());
    var total = v.column("total", SQLDataType.INTEGER, Integer[]::new, p -> p.mode().total());
    var lastKill =
        v.column(
            "last_kill_at",
            R.LAST_KILL_AT.getDataType(),
            OffsetDateTime[]::new,
            p -> Timestamps.utc(p.mode().lastKillAt().orElse(null)));
    tx.insertInto(
            R,
            R.CHARACTER_ID,
            R.INSTANCE_ID,
            R.INSTANCE_NAME,
            R.DIFFICULTY,
            R.COMPLETED_COUNT,
            R.TOTAL_COUNT,
            R.LAST_KILL_AT)
        .select(
            tx.select(v.id(), instance, name, difficulty, completed, total, lastKill)
                .from(v.table()))
        .execute();
  }

  private static void deleteProgress(DSLContext tx, Collection<Long> characters) {
    tx.deleteFrom(R).where(R.CHARACTER_ID.eq(DSL.any(BigintArray.of(characters)))).execute();
  }

  /** D6: removes every detail row and raid progress row of {@code purged} characters. */
  static void removeFor(DSLContext tx, List<Long> purged) {
    if (purged.isEmpty()) {
      return;
    }
    tx.deleteFrom(D).where(D.CHARACTER_ID.eq(DSL.any(BigintArray.of(purged)))).execute();
    deleteProgress(tx, purged);
  }
}
