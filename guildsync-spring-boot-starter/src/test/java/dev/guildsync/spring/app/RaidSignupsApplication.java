package dev.guildsync.spring.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot service as the README's "Spring Boot" section sets it up: its own PostgreSQL {@code
 * DataSource} and Flyway migrations ({@code db/migration/V1__raid_signups.sql}), the starter on the
 * class path, and the README's {@code application.properties} (in this module's test resources). No
 * guildsync code of its own: the starter does the rest.
 */
@SpringBootApplication
public class RaidSignupsApplication {

  public static void main(String[] args) {
    SpringApplication.run(RaidSignupsApplication.class, args);
  }
}
