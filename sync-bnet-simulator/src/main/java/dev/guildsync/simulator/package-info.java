/**
 * A Battle.net stand-in on loopback, for tests, demos and benchmarks: {@link
 * dev.guildsync.simulator.BattleNetSimulator}.
 *
 * <p><b>Starting it.</b> {@code BattleNetSimulator.start()} serves on a free loopback port with
 * {@link dev.guildsync.simulator.SimulatorOptions#defaults()}; {@code start(options, port)} picks
 * the port (0 for a free one). Point the client at {@code baseUrl()} and {@code tokenUrl()}; {@code
 * close()} stops it. Thread-safe; it depends on the JDK's {@code HttpServer}, Jackson and sync-core
 * only, so a test takes it at test scope and an application (a demo, a benchmark) at compile scope.
 *
 * <p><b>Credentials.</b> The token endpoint accepts one client id and secret over HTTP Basic:
 * {@code sim-client} / {@code sim-secret} by default, or {@code
 * SimulatorOptions.withCredentials(id, secret)}. API calls need an unexpired bearer token it issued
 * (401 otherwise) and the namespace {@code profile-{region}}, which decides the region.
 *
 * <p><b>What can be scripted, also while it runs.</b> Characters ({@code putCharacter}, {@code
 * putRawCharacter} with a {@link dev.guildsync.simulator.SimulatorFixtures} body, {@code
 * removeCharacter}, {@code changeCharacterId}, {@code setValid} for the status endpoint); guilds
 * and their rosters ({@code guilds()}: put, or generate a world from a seed; then members join,
 * leave, change rank, are renamed or moved, and the guild is renamed or made unavailable); {@link
 * dev.guildsync.simulator.Fault}s per character or guild (404, 403, 5xx, 429 with or without {@code
 * Retry-After}, delays, a dripping body, malformed or truncated JSON); latency, a per-second quota,
 * the token lifetime and revoking every token. {@code stats()} and {@code requestsPerSecond()}
 * count what it received; {@code If-Modified-Since} gets a 304 when nothing changed.
 */
package dev.guildsync.simulator;
