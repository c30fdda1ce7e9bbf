/**
 * The three ports through which the sync reaches the outside world. Their signatures use core types
 * only; adapters implement them, and the core's test-jar has in-memory implementations and contract
 * tests for them.
 */
package dev.guildsync.core.port;
