/**
 * Test support for the character sync, shipped as {@code sync-testing}: in-memory implementations
 * of {@link dev.guildsync.core.character.CharacterStorePort} and {@link
 * dev.guildsync.core.character.GuildLookupPort}, a scripted {@link
 * dev.guildsync.core.character.CharacterProfilePort} and {@link
 * dev.guildsync.core.character.CharacterStatusPort}, and the abstract contract tests that any store
 * adapter runs against its own fixture.
 */
package dev.guildsync.testing.character;
