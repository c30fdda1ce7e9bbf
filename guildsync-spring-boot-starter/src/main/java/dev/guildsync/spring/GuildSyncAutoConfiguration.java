package dev.guildsync.spring;

import dev.guildsync.GuildSync;
import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.jooq.JooqStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.util.StringUtils;

/**
 * guildsync in a Spring Boot application with a {@link DataSource}: the schema ({@link
 * GuildSyncSchema}), one {@link JooqStore} over the application's {@code DataSource}, and, with
 * Battle.net credentials, a {@link BattleNetClient}, the {@link GuildSync} over both, and with
 * {@code guildsync.sync.every} a {@link GuildSyncScheduler}. Every bean backs off when the
 * application defines one of its type. Without credentials the application starts as before and
 * nothing syncs; only a schedule without them stops the startup.
 */
@AutoConfiguration(
    after = DataSourceAutoConfiguration.class,
    afterName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
@ConditionalOnBooleanProperty(name = "guildsync.enabled", matchIfMissing = true)
@Conditional(Conditions.OnDataSource.class)
@EnableConfigurationProperties(GuildSyncProperties.class)
public class GuildSyncAutoConfiguration {
  private static final Log LOG = LogFactory.getLog(GuildSyncAutoConfiguration.class);

  /** Applies or checks the schema after the application's own database initialization. */
  @Bean
  @ConditionalOnMissingBean
  @DependsOnDatabaseInitialization
  @Conditional(Conditions.OnSchemaMode.class)
  public GuildSyncSchema guildSyncSchema(
      GuildSyncProperties properties, BeanFactory beans, ObjectProvider<DataSource> dataSources) {
    return new GuildSyncSchema(
        GuildSyncDataSource.resolve(properties, beans, dataSources),
        properties.getSchema().getMode());
  }

  /**
   * Every store port over the application's {@code DataSource}, with transactions of its own (not
   * the application's jOOQ {@code DSLContext}, which would take guildsync's saves into the
   * application's transactions). Created after the schema.
   */
  @Bean
  @ConditionalOnMissingBean
  public JooqStore guildSyncStore(
      GuildSyncProperties properties,
      BeanFactory beans,
      ObjectProvider<DataSource> dataSources,
      ObjectProvider<GuildSyncSchema> schema) {
    schema.ifAvailable(applied -> {});
    return JooqStore.create(GuildSyncDataSource.resolve(properties, beans, dataSources));
  }

  /** The Battle.net client, when both credentials are set. Closed with the context. */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.OnBattleNetCredentials.class)
  public BattleNetClient guildSyncBattleNetClient(
      GuildSyncProperties properties,
      BeanFactory beans,
      ObjectProvider<DataSource> dataSources,
      ObjectProvider<GuildSyncSchema> schema) {
    GuildSyncProperties.BattleNet bnet = properties.getBattlenet();
    BattleNetClient.Builder client =
        BattleNetClient.newBuilder()
            .clientId(bnet.getClientId())
            .clientSecret(bnet.getClientSecret());
    if (bnet.getApiBaseUrl() != null) {
      client.apiBaseUrl(bnet.getApiBaseUrl());
    }
    if (bnet.getTokenUrl() != null) {
      client.tokenUrl(bnet.getTokenUrl());
    }
    if (bnet.isSharedQuota()) {
      schema.ifAvailable(applied -> {});
      client.bucket(
          SharedQuotaBucket.of(
              GuildSyncDataSource.resolve(properties, beans, dataSources),
              bnet.getClientId(),
              BattleNetClient.quotaConfiguration(
                  bnet.getRequestsPerSecond(), bnet.getRequestsPerHour())));
    } else {
      client
          .requestsPerSecond(bnet.getRequestsPerSecond())
          .requestsPerHour(bnet.getRequestsPerHour());
    }
    return client.build();
  }

  /** Both phases over the store and the client, with the {@code guildsync.sync.*} settings. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(BattleNetClient.class)
  public GuildSync guildSync(
      GuildSyncProperties properties, JooqStore store, BattleNetClient battleNet) {
    SyncProperties sync = properties.getSync();
    return GuildSync.newBuilder()
        .store(store)
        .battleNet(battleNet)
        .phases(sync.getPhases())
        .characterSettings(SyncSettings.characters(sync))
        .guildSettings(SyncSettings.guilds(sync))
        .build();
  }

  /** Runs the {@link GuildSync} (or says why there is none) and keeps the last run. */
  @Bean
  @ConditionalOnMissingBean
  public GuildSyncRunner guildSyncRunner(
      GuildSyncProperties properties,
      ObjectProvider<GuildSync> sync,
      ObjectProvider<GuildSyncRunListener> listeners) {
    GuildSync guildSync = sync.getIfAvailable();
    if (guildSync == null) {
      List<String> missing = missingCredentials(properties);
      String reason =
          missing.isEmpty()
              ? "no GuildSync bean"
              : "no Battle.net credentials: " + String.join(" and ", missing) + " not set";
      LOG.info("guildsync does not sync (" + reason + "); its schema and store are ready");
      return GuildSyncRunner.notSyncing(reason);
    }
    return GuildSyncRunner.of(guildSync, listeners::orderedStream, Clock.systemUTC());
  }

  /**
   * The schedule of {@code guildsync.sync.every}.
   *
   * @throws MissingCredentialsException when there is nothing to run for lack of credentials
   */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.OnSchedule.class)
  public GuildSyncScheduler guildSyncScheduler(
      GuildSyncProperties properties, GuildSyncRunner runner) {
    SyncProperties sync = properties.getSync();
    if (runner.notSyncingReason().isPresent()) {
      throw new MissingCredentialsException(missingCredentials(properties), sync.getEvery());
    }
    return new GuildSyncScheduler(runner, sync.getEvery(), sync.isRunOnStart(), Clock.systemUTC());
  }

  private static List<String> missingCredentials(GuildSyncProperties properties) {
    List<String> missing = new ArrayList<>();
    if (!StringUtils.hasText(properties.getBattlenet().getClientId())) {
      missing.add("guildsync.battlenet.client-id");
    }
    if (!StringUtils.hasText(properties.getBattlenet().getClientSecret())) {
      missing.add("guildsync.battlenet.client-secret");
    }
    return missing;
  }
}
