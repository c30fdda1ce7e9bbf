/**
 * Machinery that every sync's service shares and no user calls: bounded concurrent fetching, the
 * executor of a run, the one-run-at-a-time gate and the checks of settings builders. Public only so
 * that the sync packages can reach it; not part of the API, and it may change in any release.
 */
package dev.guildsync.core.internal;
