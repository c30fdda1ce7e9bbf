/**
 * guildsync's shared vocabulary: regions, factions, the Battle.net ids and the local keys, {@link
 * dev.guildsync.core.CharacterRef}, {@link dev.guildsync.core.Lease}, failure back-off and the
 * exception hierarchy rooted in {@link dev.guildsync.core.SyncException}. Depends on nothing but
 * the JDK.
 *
 * <p>Each sync lives in a package of its own ({@link dev.guildsync.core.character}); every port the
 * syncs need from the world is in {@link dev.guildsync.core.port}. Nothing here knows of either.
 */
package dev.guildsync.core;
