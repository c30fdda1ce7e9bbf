package com.example.guildsite;

import dev.guildsync.RunReport;
import dev.guildsync.core.Region;
import dev.guildsync.jooq.JooqStore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One sync from the command line, against Battle.net itself: {@code java -cp ...
 * com.example.guildsite.Main eu argent-dawn "The Long Watch"} with {@code JDBC_URL}, {@code
 * DB_USER}, {@code DB_PASSWORD}, {@code BNET_CLIENT_ID} and {@code BNET_CLIENT_SECRET} in the
 * environment. A real site runs {@link SiteSync#run()} from its scheduler instead.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: Main REGION REALM_SLUG \"GUILD NAME\"");
      System.exit(2);
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(System.getenv("JDBC_URL"));
    dataSource.setUser(System.getenv("DB_USER"));
    dataSource.setPassword(System.getenv("DB_PASSWORD"));
    SiteSchema.migrate(dataSource);
    JooqStore.create(dataSource).trackGuild(Region.parse(args[0]), args[1], args[2]);
    RosterNews news = new RosterNews();
    try (SiteSync sync =
        new SiteSync(
            dataSource,
            System.getenv("BNET_CLIENT_ID"),
            System.getenv("BNET_CLIENT_SECRET"),
            null,
            null,
            news)) {
      RunReport report = sync.run();
      System.out.println(report);
      news.lines().forEach(System.out::println);
    }
  }
}
