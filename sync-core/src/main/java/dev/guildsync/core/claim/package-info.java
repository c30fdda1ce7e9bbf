/**
 * The claim vocabulary every sync shares: a store hands out due items under a {@link
 * dev.guildsync.core.claim.Lease} ({@link dev.guildsync.core.claim.Claimed}), as {@link
 * dev.guildsync.core.claim.DueQuery} defines due; {@link dev.guildsync.core.claim.LeasePort} renews
 * and releases leases; {@link dev.guildsync.core.claim.FailureBackoff} spaces retries after
 * failures; {@link dev.guildsync.core.claim.RunSettings} holds the settings every sync's runs share
 * (batch size, staleness, back-off, concurrency, run limit, lease, executor). Depends only on the
 * JDK and {@link dev.guildsync.core}; the syncs ({@link dev.guildsync.core.character}, {@link
 * dev.guildsync.core.guild}) build on it.
 */
package dev.guildsync.core.claim;
