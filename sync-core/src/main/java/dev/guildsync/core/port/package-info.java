/**
 * Every port through which guildsync's syncs reach the outside world: the store, the guild lookup
 * and the Battle.net sources. Adapters implement them; the core's test-jar has in-memory
 * implementations and a contract test for each, which an adapter runs to prove it behaves alike.
 *
 * <p>Signatures use core types only: no JDBC, jOOQ, HTTP or JSON type crosses a port.
 */
package dev.guildsync.core.port;
