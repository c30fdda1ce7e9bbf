/**
 * The bench ({@link dev.guildsync.bench.BenchCli}): measures the library against the original
 * approach and against Battle.net's quota, on embedded PostgreSQL and the Battle.net simulator, and
 * reports numbers (text and {@code --report-json}); docs/PERFORMANCE.md explains each measurement.
 * It judges nothing: the exit code is 0 whatever the numbers. Its soak ({@code --soak}, {@link
 * dev.guildsync.bench.Soak}) judges promises instead (exit 1 when one broke); docs/RELIABILITY.md
 * describes it. Not published.
 */
package dev.guildsync.bench;
