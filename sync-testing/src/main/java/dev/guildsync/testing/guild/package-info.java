/**
 * Test support for the guild sync, shipped as {@code sync-testing}: in-memory implementations of
 * {@link dev.guildsync.core.guild.GuildStorePort} and {@link
 * dev.guildsync.core.character.GuildRegistryPort} over the character fakes, a scripted {@link
 * dev.guildsync.core.guild.GuildRosterPort}, and the abstract contract tests that a store adapter
 * runs against its own {@link dev.guildsync.testing.guild.GuildStoreFixture}.
 */
package dev.guildsync.testing.guild;
