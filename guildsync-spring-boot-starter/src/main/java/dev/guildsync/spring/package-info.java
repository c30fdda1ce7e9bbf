/**
 * guildsync's Spring Boot auto-configuration: {@code guildsync.*} properties ({@link
 * dev.guildsync.spring.GuildSyncProperties}), the schema, the store over the application's {@code
 * DataSource}, the Battle.net client, the {@link dev.guildsync.GuildSync} facade, its runner and
 * scheduler, meters, an opt-in health indicator and the {@code guildsync} actuator endpoint. Every
 * bean backs off when the application defines its own.
 */
package dev.guildsync.spring;
