package dev.guildsync.jooq;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A derived table {@code unnest(?, ?, ...) AS v(col, ...)} with one array bind value per column, so
 * a statement over a whole batch has as many bind values as columns, whatever the batch size.
 *
 * @param <T> what one row is made from
 */
final class ArrayTable<T> {
  private static final String ALIAS = "v";

  private final List<T> rows;
  private final List<Field<?>> arrays = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final Field<Long> id;

  /** A table over {@code rows} whose first column, {@code id}, is each row's {@code key}. */
  ArrayTable(List<T> rows, Function<T, Long> key) {
    this.rows = List.copyOf(rows);
    this.id = column("id", SQLDataType.BIGINT, Long[]::new, key);
  }

  /** The {@code id} column. */
  Field<Long> id() {
    return id;
  }

  /** Adds a column whose value for each row is {@code value} (may be null), and returns it. */
  <V> Field<V> column(
      String name, DataType<V> type, IntFunction<V[]> newArray, Function<T, V> value) {
    V[] values = newArray.apply(rows.size());
    for (int i = 0; i < values.length; i++) {
      values[i] = value.apply(rows.get(i));
    }
    arrays.add(DSL.val(values, type.array()));
    names.add(name);
    return DSL.field(DSL.name(ALIAS, name), type);
  }

  /** The derived table over every column added so far. */
  Table<?> table() {
    StringJoiner template = new StringJoiner(", ", "unnest(", ")");
    for (int i = 0; i < arrays.size(); i++) {
      template.add("{" + i + "}");
    }
    return DSL.table(template.toString(), arrays.toArray(QueryPart[]::new))
        .as(ALIAS, names.toArray(String[]::new));
  }
}
