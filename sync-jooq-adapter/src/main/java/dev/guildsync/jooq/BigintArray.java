package dev.guildsync.jooq;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Collection;
import org.jooq.Binding;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A {@code bigint[]} bind value sent as a typed JDBC array, for {@code column = ANY(...)} over a
 * roster's ids.
 *
 * <p>Why not {@code DSL.val(Long[])}: jOOQ binds a PostgreSQL array as a {@code varchar} literal
 * and renders {@code cast(? as bigint[])}. That cast runs the array's input function, which is only
 * stable, so the planner does not fold it into a constant: wherever the comparison ends up as a
 * filter, every row scanned parses the whole array again and searches it linearly (1,000 ids
 * against 1,000 rows: 130 to 350 ms for a guild read). Bound as {@code int8[]}, the array is a
 * constant: parsed once, and searched by hash.
 */
final class BigintArray {
  private static final Binding<Long[], Long[]> TYPED =
      Binding.of(
          Converter.ofNullable(Long[].class, Long[].class, ids -> ids, ids -> ids),
          ctx -> {
            if (ctx.render().paramType() == ParamType.INLINED) {
              ctx.render().visit(DSL.inline(ctx.value(), SQLDataType.BIGINT.array()));
            } else {
              ctx.render().sql("cast(? as bigint[])");
            }
          },
          ctx -> {
            try {
              Array array = ctx.resultSet().getArray(ctx.index());
              ctx.value(array == null ? null : (Long[]) array.getArray());
            } catch (SQLException e) {
              throw new DataAccessException("reading a bigint[] column", e);
            }
          },
          ctx -> {
            try {
              ctx.statement().setObject(ctx.index(), ctx.value());
            } catch (SQLException e) {
              throw new DataAccessException("binding a bigint[] value", e);
            }
          });
  private static final DataType<Long[]> TYPE =
      SQLDataType.BIGINT.array().asConvertedDataType(TYPED);

  private BigintArray() {}

  /** {@code ids} as one {@code bigint[]} bind value. */
  static Field<Long[]> of(Collection<Long> ids) {
    return DSL.val(ids.toArray(Long[]::new), TYPE);
  }
}
