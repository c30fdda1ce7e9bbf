package dev.guildsync.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

/** What Spring Boot finds in the starter's jar: its auto-configurations and failure analyzers. */
class StarterRegistrationTest {

  @Test
  void bothAutoConfigurationsAreRegisteredForSpringBootToFind() {
    assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
        .contains(
            GuildSyncAutoConfiguration.class.getName(),
            GuildSyncActuatorAutoConfiguration.class.getName());
  }

  @Test
  void bothFailureAnalyzersAreRegisteredForSpringBootToUse() {
    // Boot's own analyzers take the bean factory and the environment, as Boot gives them; those
    // whose library is not on this class path are skipped, as Boot skips them.
    ArgumentResolver arguments =
        ArgumentResolver.of(BeanFactory.class, new DefaultListableBeanFactory())
            .and(Environment.class, new StandardEnvironment());
    FailureHandler skipOthers = FailureHandler.handleMessage((message, failure) -> {});

    assertThat(
            SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, arguments, skipOthers)
                .stream()
                .map(Object::getClass))
        .contains(MissingCredentialsFailureAnalyzer.class, JooqJavaVersionFailureAnalyzer.class);
  }
}
