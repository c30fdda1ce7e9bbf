/**
 * Test support for the character sync, shipped in the core's test-jar: in-memory implementations of
 * {@link dev.guildsync.core.port.CharacterStorePort} and {@link
 * dev.guildsync.core.port.GuildLookupPort}, a scripted {@link
 * dev.guildsync.core.port.CharacterProfilePort}, and the abstract contract tests that any store
 * adapter runs against its own fixture.
 */
package dev.guildsync.core.testing.character;
