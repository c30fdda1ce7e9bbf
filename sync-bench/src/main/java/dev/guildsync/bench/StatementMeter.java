package dev.guildsync.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts, at the JDBC level, the statements sent through a data source and the rows they wrote:
 * update counts, and the rows an {@code INSERT/UPDATE/DELETE ... RETURNING} returned. Whatever sits
 * on top (jOOQ here) is measured as it runs, without its cooperation. Counters are shared by every
 * thread: meter one caller at a time.
 */
final class StatementMeter {
  private static final Set<String> EXECUTES =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch");

  private final AtomicInteger statements = new AtomicInteger();
  private final AtomicLong rows = new AtomicLong();

  void reset() {
    statements.set(0);
    rows.set(0);
  }

  int statements() {
    return statements.get();
  }

  long rowsWritten() {
    return rows.get();
  }

  /** {@code dataSource} with every connection's statements metered. */
  DataSource wrap(DataSource dataSource) {
    return proxy(
        DataSource.class,
        dataSource,
        (method, args, result) ->
            result instanceof Connection c ? proxy(Connection.class, c, this::connection) : result);
  }

  private Object connection(Method method, Object[] args, Object result) {
    if (result instanceof PreparedStatement p) {
      boolean write = args != null && args.length > 0 && isWrite(String.valueOf(args[0]));
      return proxy(PreparedStatement.class, p, (m, a, r) -> statement(m, a, r, p, write));
    }
    if (result instanceof Statement s) {
      return proxy(Statement.class, s, (m, a, r) -> statement(m, a, r, s, isWrite(a)));
    }
    return result;
  }

  private Object statement(
      Method method, Object[] args, Object result, Statement statement, boolean write)
      throws Exception {
    String name = method.getName();
    if (EXECUTES.contains(name)) {
      statements.incrementAndGet();
      if (result instanceof Integer n && n > 0) {
        rows.addAndGet(n);
      } else if (result instanceof Long n && n > 0) {
        rows.addAndGet(n);
      } else if (result instanceof int[] counts) {
        for (int n : counts) {
          rows.addAndGet(Math.max(0, n));
        }
      } else if (Boolean.FALSE.equals(result)) {
        rows.addAndGet(Math.max(0, statement.getUpdateCount()));
      }
    }
    if (write && result instanceof ResultSet returned) {
      return proxy(
          ResultSet.class,
          returned,
          (m, a, r) -> {
            if (m.getName().equals("next") && Boolean.TRUE.equals(r)) {
              rows.incrementAndGet();
            }
            return r;
          });
    }
    return result;
  }

  private static boolean isWrite(Object[] args) {
    return args != null && args.length > 0 && isWrite(String.valueOf(args[0]));
  }

  private static boolean isWrite(String sql) {
    String head = sql.stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("insert") || head.startsWith("update") || head.startsWith("delete");
  }

  /** What to do with a call's result. */
  private interface After {
    Object apply(Method method, Object[] args, Object result) throws Exception;
  }

  private static <T> T proxy(Class<T> type, T target, After after) {
    InvocationHandler handler =
        (self, method, args) -> {
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          return after.apply(method, args, result);
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
