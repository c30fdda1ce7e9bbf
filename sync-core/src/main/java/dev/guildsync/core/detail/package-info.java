/**
 * Character details: what a character's sub-resources say beyond its profile (equipment, Mythic+,
 * professions, raids, toys). {@link dev.guildsync.core.detail.CharacterDetail} names them, each
 * with the version of its projection; the projections ({@link dev.guildsync.core.detail.Equipment},
 * {@link dev.guildsync.core.detail.MythicPlus}, {@link dev.guildsync.core.detail.Professions},
 * {@link dev.guildsync.core.detail.Raids}, {@link dev.guildsync.core.detail.Toys}) are records that
 * validate what they keep, so a bad body is a failure before anything is stored; {@link
 * dev.guildsync.core.detail.DetailDueRule} says when a detail is due (after a login, not on a
 * timer); {@link dev.guildsync.core.detail.DetailState} and {@link
 * dev.guildsync.core.detail.DetailUpdate} are what a store hands out and writes.
 *
 * <p>Imports only the shared vocabulary ({@link dev.guildsync.core}); the character sync uses it.
 */
package dev.guildsync.core.detail;
