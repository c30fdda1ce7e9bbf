package dev.guildsync.jooq;

import dev.guildsync.core.SchemaMissingException;
import dev.guildsync.core.SyncException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedByInterruptException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns database exceptions into one-line {@link SyncException}s: unreachable, schema missing, or a
 * short database error. Messages name the database by a URL without user, password or parameters,
 * and have every known secret blanked out.
 */
final class DatabaseErrors {
  private static final int MAX_DETAIL = 200;

  private final Optional<String> url;
  private final List<String> secrets;

  DatabaseErrors(Optional<String> url, List<String> secrets) {
    this.url = url.map(DatabaseErrors::publicUrl);
    this.secrets = secrets.stream().filter(s -> s != null && !s.isEmpty()).toList();
  }

  /**
   * The exception to throw for {@code e}, raised while {@code doing} (e.g. "saving"). Restores the
   * interrupt flag when the failure was an interrupt.
   */
  SyncException translate(String doing, RuntimeException e) {
    if (wasInterrupted(e)) {
      Thread.currentThread().interrupt();
    }
    SQLException sql = find(e, SQLException.class);
    String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
    String detail = detail(sql != null ? sql : e);
    String message;
    if (state.startsWith("08")
        || find(e, ConnectException.class) != null
        || find(e, UnknownHostException.class) != null) {
      message =
          url.map(u -> "database unreachable at " + u).orElse("database unreachable: " + detail);
    } else if (state.startsWith("28")) {
      message = "database rejected the login" + url.map(u -> " at " + u).orElse("") + ": " + detail;
    } else if (state.equals("42P01") || state.equals("42703")) {
      return new SchemaMissingException(
          scrub(
              "schema missing: "
                  + detail
                  + ", apply the guildsync migrations (db/guildsync) first"),
          e);
    } else {
      message = "database error while " + doing + ": " + detail;
    }
    return new SyncException(scrub(message), e);
  }

  /**
   * Whether {@code e} is PostgreSQL refusing a value (SQLSTATE class 22, data exception, e.g. a NUL
   * character in text or a time out of range; or class 23, integrity constraint violation): the
   * rows are at fault, not the database.
   */
  static boolean isDataError(Throwable e) {
    String state = sqlState(e);
    return state.startsWith("22") || state.startsWith("23");
  }

  /**
   * Whether {@code e} may go away by itself: the connection was lost or refused (class 08), the
   * server is shutting down, crashed or starting up (57P01, 57P02, 57P03), or a transaction lost a
   * deadlock or serialization race (40P01, 40001). Worth retrying on a fresh connection.
   */
  static boolean isTransient(Throwable e) {
    String state = sqlState(e);
    return state.startsWith("08")
        || state.equals("57P01")
        || state.equals("57P02")
        || state.equals("57P03")
        || state.equals("40P01")
        || state.equals("40001")
        || find(e, java.sql.SQLTransientConnectionException.class) != null
        || find(e, ConnectException.class) != null;
  }

  /** The database's one-line reason for {@code e}, with secrets blanked out. */
  String reason(Throwable e) {
    SQLException sql = find(e, SQLException.class);
    return scrub(detail(sql != null ? sql : e));
  }

  /** Whether {@code e} is PostgreSQL refusing a row for the constraint named {@code constraint}. */
  static boolean violates(Throwable e, String constraint) {
    PSQLException psql = find(e, PSQLException.class);
    ServerErrorMessage message = psql == null ? null : psql.getServerErrorMessage();
    return message != null && constraint.equals(message.getConstraint());
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return "";
  }

  /** A {@link SyncException} for a schema check that found {@code what} missing. */
  static SyncException schemaMissing(String what) {
    return new SchemaMissingException(
        "schema missing: "
            + what
            + " does not exist, apply the guildsync migrations (db/guildsync) first");
  }

  /**
   * {@code jdbcUrl} without user info, query string or fragment: {@code
   * jdbc:postgresql://host:5432/db}.
   */
  static String publicUrl(String jdbcUrl) {
    String url = jdbcUrl;
    int cut = indexOfAny(url, '?', '#', ';');
    if (cut >= 0) {
      url = url.substring(0, cut);
    }
    int authority = url.indexOf("//");
    if (authority >= 0) {
      int at = url.lastIndexOf('@');
      int path = url.indexOf('/', authority + 2);
      if (at > authority && (path < 0 || at < path)) {
        url = url.substring(0, authority + 2) + url.substring(at + 1);
      }
    }
    return url;
  }

  private static int indexOfAny(String s, char... chars) {
    int first = -1;
    for (char c : chars) {
      int i = s.indexOf(c);
      if (i >= 0 && (first < 0 || i < first)) {
        first = i;
      }
    }
    return first;
  }

  private String detail(Throwable t) {
    String text = null;
    if (t instanceof PSQLException psql) {
      ServerErrorMessage server = psql.getServerErrorMessage();
      if (server != null) {
        text = server.getMessage();
      }
    }
    if (text == null) {
      text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "..." : line;
  }

  private String scrub(String message) {
    String out = message;
    for (String secret : secrets) {
      out = out.replace(secret, "****");
    }
    return out;
  }

  private static boolean wasInterrupted(Throwable e) {
    return find(e, InterruptedException.class) != null
        || find(e, ClosedByInterruptException.class) != null;
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
