/**
 * The demo that the example app's {@code demo} command tells ({@link dev.guildsync.demo.Demo}):
 * embedded PostgreSQL and the Battle.net simulator started on this machine, a world with one
 * character per sync rule, two character runs, then a guild's life at Battle.net run by run, each
 * outcome explained, ending with idempotence checks. It wires the library straight from the
 * services' builders. {@link dev.guildsync.demo.EmbeddedDatabase} and {@link
 * dev.guildsync.demo.StartedResources} are shared with the bench and the example app's tests.
 */
package dev.guildsync.demo;
