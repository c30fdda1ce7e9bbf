/**
 * The guild sync: {@link dev.guildsync.core.guild.GuildSyncService} claims due guilds, fetches one
 * roster per guild and writes each guild's outcome (guild row, members, ranks, events, characters
 * and their guild links) atomically. Its rules G1 to G10 ({@link
 * dev.guildsync.core.guild.GuildSyncRules}, which uses the package-private member diff, rank and
 * guild master rules), the roster, the changes, settings, report and listener live here, with the
 * ports it calls: the roster source ({@link dev.guildsync.core.guild.GuildRosterPort}) and the
 * store ({@link dev.guildsync.core.guild.GuildStorePort}). The run itself is the shared engine's
 * ({@code dev.guildsync.core.internal}).
 *
 * <p>Not here: the claim vocabulary ({@link dev.guildsync.core.claim}), the shared vocabulary
 * ({@link dev.guildsync.core}), and the character sync ({@link dev.guildsync.core.character}),
 * whose types this package may use.
 */
package dev.guildsync.core.guild;
