/**
 * The guild sync: {@link dev.guildsync.core.guild.GuildSyncService} claims due guilds, fetches one
 * roster per guild and writes each guild's outcome (guild row, members, ranks, events, characters
 * and their guild links) atomically. Its rules G1 to G10 ({@link
 * dev.guildsync.core.guild.GuildSyncRules}, {@link dev.guildsync.core.guild.MemberDiff}, {@link
 * dev.guildsync.core.guild.RankRule}, ...), the roster, the changes, settings, report and listener
 * live here.
 *
 * <p>Not here: the ports it talks through ({@link dev.guildsync.core.port}) and the shared
 * vocabulary ({@link dev.guildsync.core}).
 */
package dev.guildsync.core.guild;
