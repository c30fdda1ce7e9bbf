package dev.guildsync.spring;

import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.StringUtils;

/** Which of the application's {@code DataSource} beans guildsync stores into. */
final class GuildSyncDataSource {
  private GuildSyncDataSource() {}

  /**
   * The bean {@code guildsync.datasource} names, else the only or primary one.
   *
   * @throws org.springframework.beans.factory.NoSuchBeanDefinitionException when the named bean
   *     does not exist or there is no unique one
   */
  static DataSource resolve(
      GuildSyncProperties properties, BeanFactory beans, ObjectProvider<DataSource> dataSources) {
    String name = properties.getDatasource();
    return StringUtils.hasText(name)
        ? beans.getBean(name, DataSource.class)
        : dataSources.getObject();
  }
}
