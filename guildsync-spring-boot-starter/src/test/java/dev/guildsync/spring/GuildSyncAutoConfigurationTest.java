package dev.guildsync.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.GuildSync;
import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.jooq.JooqStore;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auto-configuration's conditions, without a database: the {@code DataSource} points at a port
 * nothing listens on, and no test here makes the starter connect (schema mode {@code none}, no run
 * at start).
 */
@ExtendWith(OutputCaptureExtension.class)
class GuildSyncAutoConfigurationTest {
  static final String[] CREDENTIALS = {
    "guildsync.battlenet.client-id=id", "guildsync.battlenet.client-secret=secret"
  };

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  GuildSyncAutoConfiguration.class, GuildSyncActuatorAutoConfiguration.class))
          .withPropertyValues("guildsync.schema.mode=none", "guildsync.sync.run-on-start=false");

  final ApplicationContextRunner withDataSource = runner.withUserConfiguration(OneDataSource.class);

  @Test
  void withoutADataSourceNothingIsConfigured() {
    runner
        .withPropertyValues(CREDENTIALS)
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(GuildSyncRunner.class));
  }

  @Test
  void disabledNothingIsConfigured() {
    withDataSource
        .withPropertyValues(CREDENTIALS)
        .withPropertyValues("guildsync.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JooqStore.class));
  }

  @Test
  void withoutCredentialsTheStoreComesUpAndOneLineSaysWhyNothingSyncs(CapturedOutput output) {
    withDataSource.run(
        context -> {
          assertThat(context)
              .hasNotFailed()
              .hasSingleBean(JooqStore.class)
              .doesNotHaveBean(BattleNetClient.class)
              .doesNotHaveBean(GuildSync.class)
              .doesNotHaveBean(GuildSyncScheduler.class);
          assertThat(context.getBean(GuildSyncRunner.class).notSyncingReason())
              .hasValue(
                  "no Battle.net credentials: guildsync.battlenet.client-id and"
                      + " guildsync.battlenet.client-secret not set");
          assertThat(output.getOut().lines().filter(l -> l.contains("guildsync does not sync")))
              .hasSize(1);
        });
  }

  @Test
  void anEmptyCredentialCountsAsUnset() {
    withDataSource
        .withPropertyValues("guildsync.battlenet.client-id=", "guildsync.battlenet.client-secret=s")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(BattleNetClient.class));
  }

  @Test
  void aScheduleWithoutCredentialsFailsWithTheAnalyzersMessageNamingTheProperties() {
    withDataSource
        .withPropertyValues("guildsync.sync.every=6h", "guildsync.battlenet.client-id=id")
        .run(
            context -> {
              assertThat(context).hasFailed();
              var analysis =
                  new MissingCredentialsFailureAnalyzer().analyze(context.getStartupFailure());
              assertThat(analysis.getDescription())
                  .isEqualTo(
                      "guildsync.sync.every=PT6H needs the Battle.net credentials, but"
                          + " guildsync.battlenet.client-secret is not set: a schedule without"
                          + " them could never sync.");
              assertThat(analysis.getAction())
                  .startsWith("Set guildsync.battlenet.client-secret (from the environment");
            });
  }

  @Test
  void withCredentialsTheClientAndTheFacadeAreThereAndTheScheduleOnlyWithEvery() {
    withDataSource
        .withPropertyValues(CREDENTIALS)
        .run(
            context -> {
              assertThat(context)
                  .hasSingleBean(BattleNetClient.class)
                  .hasSingleBean(GuildSync.class)
                  .doesNotHaveBean(GuildSyncScheduler.class);
              assertThat(context.getBean(GuildSyncRunner.class).notSyncingReason()).isEmpty();
            });
    withDataSource
        .withPropertyValues(CREDENTIALS)
        .withPropertyValues("guildsync.sync.every=6h")
        .run(
            context -> {
              GuildSyncScheduler scheduler = context.getBean(GuildSyncScheduler.class);
              assertThat(scheduler.isRunning()).isTrue();
              assertThat(scheduler.nextRunAt()).isPresent();
            });
  }

  @Test
  void theApplicationsOwnBeansWin() {
    withDataSource
        .withPropertyValues(CREDENTIALS)
        .withUserConfiguration(OwnBeans.class)
        .run(
            context -> {
              assertThat(context.getBean(BattleNetClient.class))
                  .isSameAs(context.getBean("myClient"));
              assertThat(context.getBean(JooqStore.class)).isSameAs(context.getBean("myStore"));
              assertThat(context.getBean(GuildSync.class)).isSameAs(context.getBean("mySync"));
              assertThat(context).hasSingleBean(BattleNetClient.class);
            });
  }

  @Test
  void durationsReadAsPeopleTypeThemAndAsIso8601() {
    withDataSource
        .withPropertyValues(CREDENTIALS)
        .withPropertyValues(
            "guildsync.sync.every=PT6H",
            "guildsync.sync.stale-after=7d",
            "guildsync.sync.lease=90s")
        .run(
            context -> {
              SyncProperties sync = context.getBean(GuildSyncProperties.class).getSync();
              assertThat(sync.getEvery()).isEqualTo(Duration.ofHours(6));
              assertThat(sync.getStaleAfter()).isEqualTo(Duration.ofDays(7));
              assertThat(sync.getLease()).isEqualTo(Duration.ofSeconds(90));
              assertThat(context.getBean(GuildSyncScheduler.class).every())
                  .isEqualTo(Duration.ofHours(6));
            });
  }

  @Test
  void aBadValueFailsTheStartupUnderItsPropertysName() {
    withDataSource
        .withPropertyValues("guildsync.sync.concurrency=0")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("guildsync.sync.concurrency")
                    .hasMessageContaining("concurrency must be between 1 and 1024: 0"));
    withDataSource
        .withPropertyValues("guildsync.sync.every=banana")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .hasMessageContaining("guildsync")
                    .rootCause()
                    .hasMessageContaining("banana"));
  }

  @Test
  void theScheduleStartsUnderLazyInitializationToo() {
    withDataSource
        .withPropertyValues(CREDENTIALS)
        .withPropertyValues("guildsync.sync.every=1h")
        .withInitializer(
            c -> c.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
        .run(context -> assertThat(context.getBean(GuildSyncScheduler.class).isRunning()).isTrue());
  }

  @Test
  void healthOnlyWhenEnabled() {
    withDataSource.run(
        context -> assertThat(context).doesNotHaveBean(GuildSyncHealthIndicator.class));
    withDataSource
        .withPropertyValues("management.health.guildsync.enabled=true")
        .run(
            context ->
                assertThat(context.getBean(GuildSyncHealthIndicator.class).health().getDetails())
                    .containsEntry("syncing", false));
  }

  @Test
  void withoutMicrometerThereAreNoMetersAndTheRestWorks() {
    withDataSource
        .withClassLoader(
            new org.springframework.boot.test.context.FilteredClassLoader("io.micrometer"))
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(GuildSyncRunner.class)
                    .doesNotHaveBean(GuildSyncMetrics.class));
    withDataSource.run(context -> assertThat(context).hasSingleBean(GuildSyncMetrics.class));
  }

  @Test
  void withoutFlywayTheMigrateModeStartsAndSaysTheSchemaIsNotApplied(CapturedOutput output) {
    withDataSource
        .withPropertyValues("guildsync.schema.mode=migrate")
        .withClassLoader(
            new org.springframework.boot.test.context.FilteredClassLoader("org.flywaydb"))
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(GuildSyncSchema.class);
              assertThat(output).contains("Flyway is not on the class path");
            });
  }

  @Test
  void severalDataSourcesWithoutANameMakeTheStarterBackOffAndANamePicksOne() {
    runner
        .withUserConfiguration(TwoDataSources.class)
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JooqStore.class));
    runner
        .withUserConfiguration(TwoDataSources.class)
        .withPropertyValues("guildsync.datasource=second")
        .run(context -> assertThat(context).hasSingleBean(JooqStore.class));
  }

  /** A data source that is never connected to here. */
  static DataSource nowhere() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL("jdbc:postgresql://127.0.0.1:9/none");
    return dataSource;
  }

  @Configuration(proxyBeanMethods = false)
  static class OneDataSource {
    @Bean
    DataSource dataSource() {
      return nowhere();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class TwoDataSources {
    @Bean
    DataSource first() {
      return nowhere();
    }

    @Bean
    DataSource second() {
      return nowhere();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    @Bean
    BattleNetClient myClient() {
      return BattleNetClient.newBuilder().clientId("mine").clientSecret("mine").build();
    }

    @Bean
    JooqStore myStore(DataSource dataSource) {
      return JooqStore.create(dataSource);
    }

    @Bean
    GuildSync mySync(JooqStore myStore, BattleNetClient myClient) {
      return GuildSync.newBuilder().store(myStore).battleNet(myClient).build();
    }
  }
}
