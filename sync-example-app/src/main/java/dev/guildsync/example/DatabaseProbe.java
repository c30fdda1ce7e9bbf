package dev.guildsync.example;

import dev.guildsync.core.SyncException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/**
 * One plain connection before any pool exists, so that a database that answers "no" is reported
 * with the server's own reason about a second after it said so: a pool would retry until its
 * timeout and then report only that it timed out.
 */
final class DatabaseProbe {
  /** Seconds the probe waits for the server to answer at all. */
  static final int CONNECT_TIMEOUT_SECONDS = 5;

  private DatabaseProbe() {}

  /**
   * Connects once and disconnects.
   *
   * @throws SyncException naming the server's reason, or that the database is unreachable
   */
  static void check(String jdbcUrl, Optional<String> user, Optional<String> password) {
    Properties properties = new Properties();
    user.ifPresent(u -> properties.setProperty("user", u));
    password.ifPresent(p -> properties.setProperty("password", p));
    properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
    properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
    try {
      Connection connection = DriverManager.getConnection(jdbcUrl, properties);
      // Reached and accepted: the pool takes over.
      connection.close();
    } catch (SQLException e) {
      throw describe(e, Schema.redact(jdbcUrl), user.isPresent() || namesUser(jdbcUrl));
    }
  }

  /**
   * One line naming the real cause; never the password, never a stack trace. {@code userChosen}:
   * whether {@code --db-user} or the URL named the user; when neither did, the driver logged in as
   * the operating system's user, and a refused login says so and how to choose one.
   */
  static SyncException describe(SQLException e, String url, boolean userChosen) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String reason = firstLine(e.getMessage());
    if (state.equals("3D000")) {
      return new SyncException("database rejected the connection at " + url + ": " + reason, e);
    }
    if (state.startsWith("28")) {
      return new SyncException(
          "database rejected the login at " + url + ": " + reason + osUserHint(userChosen), e);
    }
    if (state.equals("08004")) {
      // pgjdbc's word for "the server asked for a password and none was given".
      String hint = userChosen ? " (set GUILDSYNC_DB_PASSWORD)" : osUserHint(false);
      return new SyncException("database rejected the login at " + url + ": " + reason + hint, e);
    }
    if (state.startsWith("08")
        || has(e, ConnectException.class)
        || has(e, UnknownHostException.class)) {
      return new SyncException("database unreachable at " + url, e);
    }
    return new SyncException("database error while connecting to " + url + ": " + reason, e);
  }

  private static String osUserHint(boolean userChosen) {
    if (userChosen) {
      return "";
    }
    return " (no --db-user given, so the driver logged in as the operating system's user \""
        + System.getProperty("user.name")
        + "\": choose the user with --db-user U and its password with GUILDSYNC_DB_PASSWORD)";
  }

  /** Whether the URL's query names the user ({@code ?user=...}), as pgjdbc reads it. */
  private static boolean namesUser(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    return query >= 0
        && Arrays.stream(jdbcUrl.substring(query + 1).split("&"))
            .anyMatch(p -> p.startsWith("user="));
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    return message.lines().findFirst().orElse(message).strip();
  }
}
