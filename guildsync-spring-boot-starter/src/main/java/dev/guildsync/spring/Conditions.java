package dev.guildsync.spring;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The auto-configuration's conditions on the application's properties and beans. */
final class Conditions {
  private Conditions() {}

  /**
   * A {@code DataSource} to store into: the one {@code guildsync.datasource} names, or the
   * application's only or primary one. With several and none named the starter backs off, rather
   * than guess or break the application.
   */
  static final class OnDataSource extends AnyNestedCondition {
    OnDataSource() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnSingleCandidate(javax.sql.DataSource.class)
    static final class SingleCandidate {}

    @ConditionalOnProperty("guildsync.datasource")
    static final class Named {}
  }

  /** {@code guildsync.schema.mode} is not {@code none}. */
  static final class OnSchemaMode extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata type) {
      String mode = context.getEnvironment().getProperty("guildsync.schema.mode", "migrate");
      return mode.strip().equalsIgnoreCase("none")
          ? ConditionOutcome.noMatch("guildsync.schema.mode is none")
          : ConditionOutcome.match("guildsync.schema.mode is " + mode);
    }
  }

  /** Both {@code guildsync.battlenet.client-id} and {@code .client-secret} have text. */
  static final class OnBattleNetCredentials extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata type) {
      Environment env = context.getEnvironment();
      boolean id = StringUtils.hasText(env.getProperty("guildsync.battlenet.client-id"));
      boolean secret = StringUtils.hasText(env.getProperty("guildsync.battlenet.client-secret"));
      return id && secret
          ? ConditionOutcome.match("Battle.net credentials are set")
          : ConditionOutcome.noMatch("guildsync.battlenet.client-id or .client-secret is not set");
    }
  }

  /** {@code guildsync.sync.every} has text (an empty value is unset, as from an unset variable). */
  static final class OnSchedule extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata type) {
      return StringUtils.hasText(context.getEnvironment().getProperty("guildsync.sync.every"))
          ? ConditionOutcome.match("guildsync.sync.every is set")
          : ConditionOutcome.noMatch("guildsync.sync.every is not set");
    }
  }
}
