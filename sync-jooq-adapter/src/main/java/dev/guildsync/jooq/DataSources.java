package dev.guildsync.jooq;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.common.BaseDataSource;

/**
 * What error messages may say about a {@link DataSource}: its JDBC URL, when it tells (PostgreSQL's
 * own data sources, or any pool with a public {@code getJdbcUrl()} or {@code getUrl()}), and the
 * password to blank out should it ever appear in a driver message.
 */
final class DataSources {
  private DataSources() {}

  static DatabaseErrors errorsFor(DataSource dataSource) {
    if (dataSource == null) {
      return new DatabaseErrors(Optional.empty(), List.of());
    }
    List<String> secrets = new ArrayList<>();
    Optional<String> url = Optional.empty();
    try {
      if (dataSource.isWrapperFor(BaseDataSource.class)) {
        BaseDataSource pg = dataSource.unwrap(BaseDataSource.class);
        url = Optional.ofNullable(pg.getUrl());
        secrets.add(pg.getPassword());
      }
    } catch (SQLException | RuntimeException e) {
      // Only for messages: without it they say less.
    }
    if (url.isEmpty()) {
      url = call(dataSource, "getJdbcUrl").or(() -> call(dataSource, "getUrl"));
    }
    call(dataSource, "getPassword").ifPresent(secrets::add);
    url.ifPresent(u -> secrets.addAll(passwordsIn(u)));
    return new DatabaseErrors(url, secrets);
  }

  private static Optional<String> call(Object target, String getter) {
    try {
      Method method = target.getClass().getMethod(getter);
      if (method.getReturnType() == String.class && Modifier.isPublic(method.getModifiers())) {
        return Optional.ofNullable((String) method.invoke(target));
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Not every data source says.
    }
    return Optional.empty();
  }

  /** {@code password=...} query parameters and {@code user:password@} user info. */
  static List<String> passwordsIn(String url) {
    List<String> found = new ArrayList<>();
    int query = url.indexOf('?');
    if (query >= 0) {
      for (String param : url.substring(query + 1).split("[&;]")) {
        int eq = param.indexOf('=');
        if (eq > 0 && param.substring(0, eq).equalsIgnoreCase("password")) {
          found.add(param.substring(eq + 1));
        }
      }
    }
    int authority = url.indexOf("//");
    int at = url.indexOf('@');
    if (authority >= 0 && at > authority) {
      String userInfo = url.substring(authority + 2, at);
      int colon = userInfo.indexOf(':');
      if (colon >= 0) {
        found.add(userInfo.substring(colon + 1));
      }
    }
    return found;
  }
}
