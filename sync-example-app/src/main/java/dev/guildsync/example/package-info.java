/**
 * The reference application, the part a user copies: the wiring of the library ({@link
 * dev.guildsync.example.SyncWiring}), the service shell ({@code run --every} with {@code /health}
 * and {@code /metrics}) and the commands {@code migrate}, {@code track-guild}, {@code sync} and
 * {@code run}; {@code demo} and {@code simulator} are thin commands over the sync-demo and
 * sync-bnet-simulator modules. {@link dev.guildsync.example.GuildsyncCli} is the entry point.
 */
package dev.guildsync.example;
