package dev.guildsync.spring.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.RunReport;
import dev.guildsync.core.Region;
import dev.guildsync.jooq.JooqStore;
import dev.guildsync.spring.GuildSyncRunner;
import dev.guildsync.spring.GuildSyncScheduler;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's setup, run: a Spring Boot service with its own Flyway migration, the starter, and
 * guildsync.* properties, on embedded PostgreSQL and a Battle.net simulator on loopback, with the
 * schedule every hour (a run at start) and the actuator's health and {@code guildsync} endpoint
 * exposed over HTTP.
 */
@SpringBootTest(
    classes = RaidSignupsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "guildsync.sync.every=1h",
      "management.health.guildsync.enabled=true",
      "management.endpoint.health.show-details=always",
      "management.endpoints.web.exposure.include=health,guildsync",
      "management.endpoint.guildsync.access=unrestricted",
      "spring.main.banner-mode=off"
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class RaidSignupsApplicationIT {
  static final ServiceStack STACK = ServiceStack.start();
  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Autowired GuildSyncRunner runner;
  @Autowired MeterRegistry meters;
  @Autowired JooqStore store;
  @Autowired JdbcTemplate sql;
  @LocalServerPort int port;

  @DynamicPropertySource
  static void stack(DynamicPropertyRegistry registry) {
    STACK.properties().forEach((name, value) -> registry.add(name, () -> value));
  }

  @AfterAll
  static void stop() throws Exception {
    STACK.close();
  }

  @Test
  @Order(1)
  void bothHistoryTablesAreThereAndTheApplicationsMigrationRanFirst() {
    assertThat(sql.queryForList("select version from flyway_schema_history", String.class))
        .containsExactly("1");
    List<Map<String, Object>> ours =
        sql.queryForList(
            "select version, type from guildsync_schema_history order by installed_rank");
    // A baseline is written only on a schema that is not empty: the application's was there.
    assertThat(ours.get(0)).containsEntry("version", "0").containsEntry("type", "BASELINE");
    assertThat(ours).extracting(row -> row.get("version")).contains("1", "2", "3", "4", "5");
    Timestamp applicationDone =
        sql.queryForObject("select max(installed_on) from flyway_schema_history", Timestamp.class);
    Timestamp guildsyncStarted =
        sql.queryForObject(
            "select min(installed_on) from guildsync_schema_history", Timestamp.class);
    assertThat(guildsyncStarted).isAfterOrEqualTo(applicationDone);
  }

  @Test
  @Order(2)
  void theRunAtStartCompletesAndTheMetersAndTheHealthSaySo() throws Exception {
    await(() -> runner.lastRun().isPresent());

    assertThat(runner.lastRun().orElseThrow().completed()).isTrue();
    assertThat(meters.get("guildsync.run").tag("result", "completed").timer().count()).isOne();
    assertThat(meters.get("guildsync.runs.failed").counter().count()).isZero();
    HttpResponse<String> health = http("GET", "/actuator/health/guildsync");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"status\":\"UP\"", "\"lastRunOutcome\":\"completed\"", "\"nextRunAt\"");
  }

  @Test
  @Order(3)
  void theEndpointsWriteStartsARunThatSyncsAGuildAndItsMembers() throws Exception {
    await(() -> runner.lastRun().isPresent());
    STACK.putGuild(115248327L, "The Long Watch", 3);
    store.trackGuild(Region.EU, "argent-dawn", "The Long Watch");

    HttpResponse<String> started = http("POST", "/actuator/guildsync");

    assertThat(started.statusCode()).isEqualTo(200);
    assertThat(started.body()).isEqualTo("{\"started\":true,\"state\":\"started\"}");
    await(() -> meters.get("guildsync.run").timer().count() == 2);
    RunReport report = runner.lastRun().orElseThrow().report().orElseThrow();
    assertThat(report.guilds().orElseThrow().updated()).isOne();
    assertThat(report.characters().orElseThrow().updated()).isEqualTo(3);
    assertThat(
            sql.queryForObject(
                "select count(*) from characters where guild_id is not null", Integer.class))
        .isEqualTo(3);
    assertThat(meters.get("guildsync.guilds").tag("outcome", "updated").counter().count()).isOne();
    assertThat(meters.get("guildsync.characters").tag("outcome", "updated").counter().count())
        .isEqualTo(3);
    assertThat(meters.get("guildsync.requests").tag("kind", "sent").functionCounter().count())
        .as("a roster and three profiles")
        .isGreaterThanOrEqualTo(4);
    HttpResponse<String> status = http("GET", "/actuator/guildsync");
    assertThat(status.body())
        .contains("\"syncing\":true", "\"every\":\"PT1H\"", "\"lastRunReport\"")
        .contains("\"charactersCreated\":3");
  }

  @Test
  @Order(4)
  void withoutCredentialsTheSameApplicationStartsAndSaysWhyItDoesNotSync(CapturedOutput output) {
    try (ConfigurableApplicationContext app =
        application("--BNET_CLIENT_ID=", "--BNET_CLIENT_SECRET=", "--guildsync.sync.every=")) {
      GuildSyncRunner idle = app.getBean(GuildSyncRunner.class);
      assertThat(idle.notSyncingReason())
          .hasValue(
              "no Battle.net credentials: guildsync.battlenet.client-id and"
                  + " guildsync.battlenet.client-secret not set");
      app.getBean(JooqStore.class).verifySchema();
    }
    assertThat(output).contains("guildsync does not sync (no Battle.net credentials");
  }

  @Test
  @Order(6)
  void aBadEveryStopsTheStartupNamingTheProperty(CapturedOutput output) {
    assertThatThrownBy(() -> application("--guildsync.sync.every=banana").close()).isNotNull();
    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains("guildsync.sync.every")
        .contains("banana");
  }

  @Test
  @Order(7)
  void noClaimIsLeftAfterTheApplicationStopsDuringARun() throws Exception {
    STACK.simulator().setLatency(Duration.ofSeconds(5));
    STACK.putGuild(99L, "Slow Riders", 2);
    JdbcTemplate outside = new JdbcTemplate(STACK.dataSource());
    GuildSyncScheduler scheduler;
    try (ConfigurableApplicationContext app = application("--guildsync.sync.run-on-start=false")) {
      app.getBean(JooqStore.class).trackGuild(Region.EU, "argent-dawn", "Slow Riders");
      scheduler = app.getBean(GuildSyncScheduler.class);
      assertThat(scheduler.runNow()).isEqualTo(GuildSyncScheduler.RunNow.STARTED);
      await(() -> outside.queryForObject("select count(*) from guild_claims", Integer.class) > 0);
    } finally {
      STACK.simulator().setLatency(Duration.ZERO);
    }

    // A claim is a claims row; an empty sync_leases row holds nothing and goes within the hour.
    for (String claims : List.of("guild_claims", "character_claims")) {
      assertThat(outside.queryForObject("select count(*) from " + claims, Integer.class))
          .as(claims)
          .isZero();
    }
    assertThat(scheduler.isRunning()).isFalse();
  }

  /** The same application, started on its own with the stack's properties and {@code more}. */
  private static ConfigurableApplicationContext application(String... more) {
    return new SpringApplicationBuilder(RaidSignupsApplication.class)
        .web(WebApplicationType.NONE)
        .run(STACK.arguments(more));
  }

  private HttpResponse<String> http(String method, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
