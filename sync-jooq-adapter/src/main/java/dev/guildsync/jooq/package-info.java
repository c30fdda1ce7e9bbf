/**
 * guildsync's PostgreSQL storage on jOOQ: {@link dev.guildsync.jooq.JooqCharacterStore} implements
 * the core's character store and guild lookup ports over the reference schema shipped as {@code
 * db/guildsync/V1__guildsync_schema.sql}. Everything but that class is an implementation detail.
 */
package dev.guildsync.jooq;
