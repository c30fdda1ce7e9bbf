/**
 * The character sync: {@link dev.guildsync.core.character.CharacterSyncService} claims due
 * characters, fetches their profiles, links each to its local guild by (region, Battle.net guild
 * id) and saves each batch atomically. Its rules ({@link
 * dev.guildsync.core.character.CharacterSyncRules}, {@link
 * dev.guildsync.core.character.GuildLinkRule}), settings, report, listener, results and changes
 * live here.
 *
 * <p>Not here: the ports it talks through ({@link dev.guildsync.core.port}) and the shared
 * vocabulary ({@link dev.guildsync.core}).
 */
package dev.guildsync.core.character;
