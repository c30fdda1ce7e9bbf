/**
 * Test support for the guild sync, shipped in the core's test-jar: in-memory implementations of
 * {@link dev.guildsync.core.port.GuildStorePort} and {@link
 * dev.guildsync.core.port.GuildRegistryPort} over the character fakes, a scripted {@link
 * dev.guildsync.core.port.GuildRosterPort}, and the abstract contract tests that a store adapter
 * runs against its own {@link dev.guildsync.core.testing.guild.GuildStoreFixture}.
 */
package dev.guildsync.core.testing.guild;
