/**
 * The character sync: {@link dev.guildsync.core.character.CharacterSyncService} claims due
 * characters, fetches their profiles, links each to its local guild by (region, Battle.net guild
 * id) and saves each batch atomically. Its settings, report, listener, results and changes live
 * here, with the ports it calls: the profile and status sources ({@link
 * dev.guildsync.core.character.CharacterProfilePort}, {@link
 * dev.guildsync.core.character.CharacterStatusPort}), the store ({@link
 * dev.guildsync.core.character.CharacterStorePort}) and the guild lookup and registry ({@link
 * dev.guildsync.core.character.GuildLookupPort}, {@link
 * dev.guildsync.core.character.GuildRegistryPort}). Its rules (rules 1 to 7, the retention rule)
 * and its part of a batch run are package-private; the run itself is the shared engine's ({@code
 * dev.guildsync.core.internal}).
 *
 * <p>Not here: the claim vocabulary ({@link dev.guildsync.core.claim}) and the shared vocabulary
 * ({@link dev.guildsync.core}). Nothing here knows of the guild sync.
 */
package dev.guildsync.core.character;
