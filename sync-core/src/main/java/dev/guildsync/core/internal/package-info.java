/**
 * Machinery that every sync's service shares and no user calls: the batch-run engine ({@link
 * dev.guildsync.core.internal.BatchEngine}, driven by a sync's {@link
 * dev.guildsync.core.internal.BatchSync}), and what it runs on: bounded concurrent fetching, the
 * executor of a run, the lease heartbeat, the one-run-at-a-time gate, the outcome counts, and the
 * argument checks of the syncs' records. Public only so that the sync packages can reach it; not
 * part of the API, and it may change in any release. It uses only {@link dev.guildsync.core} and
 * {@link dev.guildsync.core.claim}, never a sync's package.
 */
package dev.guildsync.core.internal;
