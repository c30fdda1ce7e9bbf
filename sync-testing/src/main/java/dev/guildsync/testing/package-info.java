/**
 * Test support shared by every sync, shipped as {@code sync-testing}: a clock that tests move by
 * hand, and the lease contract every claiming store passes. Each sync's fakes and port contract
 * tests are in a package of their own below this one.
 */
package dev.guildsync.testing;
