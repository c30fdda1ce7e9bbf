/**
 * The front door: {@link dev.guildsync.GuildSync} wires the whole sync with one builder (one store
 * object, one Battle.net object) and runs due guilds, then due characters, returning one {@link
 * dev.guildsync.RunReport} with both phases' reports and the run's Battle.net {@link
 * dev.guildsync.RequestCounts}.
 *
 * <p>It sits on top of the core: it calls the per-phase services ({@link
 * dev.guildsync.core.guild.GuildSyncService}, {@link
 * dev.guildsync.core.character.CharacterSyncService}), which stay public for a program that wants
 * one phase, and nothing in {@code dev.guildsync.core} knows of it.
 */
package dev.guildsync;
