/**
 * Battle.net as a whole down: the signal a source port raises when no request gets a usable answer
 * ({@link dev.guildsync.core.outage.BattleNetUnavailableException}, not any item's fault) and the
 * early end of a run it causes ({@link dev.guildsync.core.outage.BattleNetOutageException}, with
 * the phase's partial report and no item blamed).
 */
package dev.guildsync.core.outage;
