package dev.guildsync.example;

/** Where the schema comes from, and how a JDBC URL is shown without secrets. */
final class Schema {
  /** The jOOQ adapter ships its Flyway migration here. */
  static final String MIGRATION_LOCATION = "classpath:db/migration";

  private Schema() {}

  /** The URL without its query string, which may hold a password. */
  static String redact(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    // jdbc:postgresql://user:password@host/... is not valid for pgjdbc, but never echo it either.
    int at = base.indexOf('@');
    int scheme = base.indexOf("//");
    if (at > 0 && scheme > 0 && at > scheme) {
      base = base.substring(0, scheme + 2) + base.substring(at + 1);
    }
    return base;
  }
}
