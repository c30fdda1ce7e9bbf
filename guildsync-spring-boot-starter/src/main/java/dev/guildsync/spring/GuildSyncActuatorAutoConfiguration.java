package dev.guildsync.spring;

import dev.guildsync.bnet.BattleNetClient;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What guildsync shows the application's observability, each part only when the application has its
 * library: a Micrometer {@link MeterBinder} (the example app's meter names), an opt-in health
 * indicator ({@code management.health.guildsync.enabled=true}; keep it out of the liveness probe,
 * or a Battle.net outage restarts the pods) and the {@code guildsync} actuator endpoint.
 */
@AutoConfiguration(after = GuildSyncAutoConfiguration.class)
@ConditionalOnBean(GuildSyncRunner.class)
public class GuildSyncActuatorAutoConfiguration {

  /** Meters, when Micrometer is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterBinder.class)
  static class Metrics {
    @Bean
    @ConditionalOnMissingBean
    GuildSyncMetrics guildSyncMetrics(ObjectProvider<BattleNetClient> battleNet) {
      return new GuildSyncMetrics(battleNet.getIfAvailable());
    }
  }

  /** The health indicator, only when enabled: it is off by default. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnBooleanProperty("management.health.guildsync.enabled")
  static class Health {
    @Bean
    @ConditionalOnMissingBean
    GuildSyncHealthIndicator guildsyncHealthIndicator(
        GuildSyncRunner runner, ObjectProvider<GuildSyncScheduler> scheduler) {
      return new GuildSyncHealthIndicator(runner, scheduler::getIfAvailable);
    }
  }

  /** The {@code guildsync} endpoint, when the actuator is there and the endpoint is exposed. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Endpoint.class)
  static class Actuator {
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint(GuildSyncEndpoint.class)
    GuildSyncEndpoint guildSyncEndpoint(
        GuildSyncRunner runner, ObjectProvider<GuildSyncScheduler> scheduler) {
      return new GuildSyncEndpoint(runner, scheduler::getIfAvailable);
    }
  }
}
