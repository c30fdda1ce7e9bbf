package dev.guildsync.spring;

import dev.guildsync.core.SyncException;
import dev.guildsync.jooq.JooqStore;
import java.util.Objects;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.util.ClassUtils;

/**
 * Applies or checks guildsync's schema when the bean is initialized, as {@code
 * guildsync.schema.mode} says: {@code migrate} runs guildsync's own Flyway migrations ({@value
 * JooqStore#MIGRATION_LOCATION}, history table {@value JooqStore#HISTORY_TABLE}) with a Flyway
 * instance of its own, never a {@code Flyway} bean, which would switch off the application's own
 * migrations; {@code validate} only checks the tables. The auto-configuration marks this bean as
 * depending on database initialization, so the application's own Flyway runs first (on a schema
 * that guildsync already filled, it would refuse to start: "non-empty schema").
 */
public final class GuildSyncSchema implements InitializingBean, BeanClassLoaderAware {
  private static final Log LOG = LogFactory.getLog(GuildSyncSchema.class);
  private static final String FLYWAY = "org.flywaydb.core.Flyway";

  private final DataSource dataSource;
  private final GuildSyncProperties.SchemaMode mode;
  private ClassLoader classLoader = GuildSyncSchema.class.getClassLoader();

  public GuildSyncSchema(DataSource dataSource, GuildSyncProperties.SchemaMode mode) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  /** The application's class loader, where Flyway is looked for. */
  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /** The mode it applies. */
  public GuildSyncProperties.SchemaMode mode() {
    return mode;
  }

  /**
   * Migrates or validates.
   *
   * @throws SyncException when the migration fails, or (validate) with {@link
   *     JooqStore#verifySchema()}'s message when a table or column is missing
   */
  @Override
  public void afterPropertiesSet() {
    switch (mode) {
      case MIGRATE -> migrate();
      case VALIDATE -> JooqStore.create(dataSource).verifySchema();
      case NONE -> {}
    }
  }

  private void migrate() {
    if (!ClassUtils.isPresent(FLYWAY, classLoader)) {
      LOG.info(
          "guildsync.schema.mode=migrate but Flyway is not on the class path: guildsync's schema"
              + " is not applied (apply db/guildsync another way, or set"
              + " guildsync.schema.mode=validate to check it at startup)");
      return;
    }
    int applied = FlywayMigrations.apply(dataSource);
    if (applied > 0) {
      LOG.info("guildsync applied " + applied + " schema migrations");
    }
  }
}
