/**
 * guildsync's shared vocabulary: regions, factions, the Battle.net ids and the local keys, {@link
 * dev.guildsync.core.CharacterRef}, the one result every source port returns ({@link
 * dev.guildsync.core.FetchResult}), what every phase's report tells ({@link
 * dev.guildsync.core.PhaseReport}) and the exception hierarchy rooted in {@link
 * dev.guildsync.core.SyncException}. Depends on nothing but the JDK.
 *
 * <p>The claim vocabulary (leases, the due rule, failure back-off) is in {@link
 * dev.guildsync.core.claim}; each sync lives in a package of its own, beside the ports it calls
 * ({@link dev.guildsync.core.character}, {@link dev.guildsync.core.guild}), and so does each
 * feature they share: character details ({@link dev.guildsync.core.detail}), Battle.net down as a
 * whole ({@link dev.guildsync.core.outage}). Nothing here knows of them.
 */
package dev.guildsync.core;
