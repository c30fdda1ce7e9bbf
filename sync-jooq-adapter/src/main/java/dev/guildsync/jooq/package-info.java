/**
 * guildsync's PostgreSQL storage on jOOQ: {@link dev.guildsync.jooq.JooqStore} implements every
 * store port of the core (characters, guild lookup, guilds, guild registry) over the reference
 * schema shipped as Flyway migrations in {@code db/guildsync}. Everything but that class is an
 * implementation detail.
 */
package dev.guildsync.jooq;
