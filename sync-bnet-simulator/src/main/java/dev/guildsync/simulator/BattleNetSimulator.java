package dev.guildsync.simulator;

import com.sun.net.httpserver.HttpServer;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A Battle.net stand-in on a free loopback port: the OAuth token endpoint ({@code POST /token}),
 * the profile summary ({@code GET /profile/wow/character/{realm}/{name}}), status ({@code
 * .../status}) and detail ({@link #details()}) endpoints and the guild roster ({@code GET
 * /data/wow/guild/{realm}/{slug}/roster}, see {@link #guilds()}), served from an in-memory world
 * that can be edited while it runs.
 *
 * <p>It checks what Battle.net checks: HTTP Basic credentials on the token endpoint, an unexpired
 * bearer token (else 401), the namespace {@code profile-{region}} (header {@code
 * Battlenet-Namespace} or query {@code namespace}; it decides the region, since this one host
 * serves every region; else 404), an optional per-wall-clock-second quota (429), and {@code
 * If-Modified-Since} (304 when the character or roster has not changed since). Answers carry {@code
 * Last-Modified} (RFC 1123). It counts what it receives ({@link #stats()}) and injects {@link
 * Fault}s per character. Bodies are rendered once, when a character is stored, so serving is cheap.
 *
 * <p>Latency: the JDK's server writes an answer's headers and body separately, so without
 * TCP_NODELAY Nagle's algorithm and delayed ACKs add about 40 ms to every keep-alive answer. The
 * switch is JVM-wide ({@code sun.net.httpserver.nodelay}, read once, when the JDK's first server
 * starts), so the simulator leaves it alone: a program that owns its JVM sets it, with {@code
 * -Dsun.net.httpserver.nodelay=true} or {@code System.setProperty} before anything starts an {@code
 * HttpServer} (guildsync's example app, bench and tests do). Without it every answer is correct,
 * only slower.
 *
 * <p>Thread-safe. Uses only the JDK, Jackson and sync-core, so applications can run it (the {@code
 * sync-bnet-simulator} artifact carries no test framework).
 */
public final class BattleNetSimulator implements AutoCloseable {

  private final SimulatorOptions options;
  private final HttpServer server;
  private final ExecutorService workers;
  private final World world = new World();
  private final RequestMeter meter = new RequestMeter();
  private final SimulatedGuilds guilds = new SimulatedGuilds(world, meter);
  private final SimulatedDetails details = new SimulatedDetails(world);
  private final SimulatedOutage outage = new SimulatedOutage(meter);
  private final TokenHandler tokens;
  private volatile Duration latency;
  private volatile OptionalInt quota;
  private volatile boolean retryAfterOnQuota;
  private volatile Duration tokenLifetime;

  private BattleNetSimulator(SimulatorOptions options, int port) throws IOException {
    this.options = options;
    this.latency = options.latency();
    this.quota = options.quotaPerSecond();
    this.retryAfterOnQuota = options.retryAfterOnQuota();
    this.tokenLifetime = options.tokenLifetime();
    this.tokens =
        new TokenHandler(options.clientId(), options.clientSecret(), () -> tokenLifetime, meter);
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
    this.workers =
        Executors.newFixedThreadPool(
            options.threads(),
            runnable -> {
              Thread thread = new Thread(runnable, "bnet-simulator");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(workers);
    server.createContext("/token", outage.token(tokens));
    ApiGate gate = new ApiGate(tokens, meter, () -> latency, () -> quota, () -> retryAfterOnQuota);
    server.createContext("/profile/", outage.api(new ApiHandler(world, gate, meter, details)));
    server.createContext(RosterHandler.PREFIX, outage.api(new RosterHandler(guilds, gate, meter)));
    server.start();
  }

  /**
   * Starts a simulator with {@code options} on a free loopback port.
   *
   * @throws UncheckedIOException when no server socket can be opened
   */
  public static BattleNetSimulator start(SimulatorOptions options) {
    return start(options, 0);
  }

  /**
   * Starts a simulator with {@code options} on loopback port {@code port} (0 for a free one), for a
   * standalone simulator that users point their commands at.
   *
   * @throws IllegalArgumentException when {@code port} is outside 0 to 65535
   * @throws UncheckedIOException when the port cannot be opened (e.g. it is taken)
   */
  public static BattleNetSimulator start(SimulatorOptions options, int port) {
    Objects.requireNonNull(options, "options");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
    try {
      return new BattleNetSimulator(options, port);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the Battle.net simulator on port " + port, e);
    }
  }

  /** Starts a simulator with {@link SimulatorOptions#defaults()}. */
  public static BattleNetSimulator start() {
    return start(SimulatorOptions.defaults());
  }

  /** The base URL for the client's {@code apiBaseUrl}, e.g. {@code http://127.0.0.1:41234}. */
  public URI baseUrl() {
    var address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /** The token endpoint, {@code baseUrl() + "/token"}. */
  public URI tokenUrl() {
    return URI.create(baseUrl() + "/token");
  }

  /** The client id the token endpoint accepts. */
  public String clientId() {
    return options.clientId();
  }

  /** The client secret the token endpoint accepts. */
  public String clientSecret() {
    return options.clientSecret();
  }

  /** Stores (or replaces) a character rendered as Battle.net JSON from a core profile. */
  public void putCharacter(Region region, CharacterProfile profile, Instant lastModified) {
    world.put(
        Objects.requireNonNull(region, "region"),
        Objects.requireNonNull(profile, "profile"),
        Objects.requireNonNull(lastModified, "lastModified"));
    meter.track(key(region, profile.realmSlug(), profile.name()));
  }

  /**
   * Stores (or replaces) a character whose profile body is {@code json} exactly, valid or not. Its
   * status endpoint reports the JSON's {@code id} (0 when it has none).
   */
  public void putRawCharacter(
      Region region, String realmSlug, String name, String json, Instant lastModified) {
    world.putRaw(
        key(region, realmSlug, name),
        Objects.requireNonNull(json, "json"),
        Objects.requireNonNull(lastModified, "lastModified"));
  }

  /** Removes a character, so it answers 404; returns false when it was not there. */
  public boolean removeCharacter(Region region, String realmSlug, String name) {
    return world.remove(key(region, realmSlug, name));
  }

  /** Gives the name another Battle.net id (another character took it), modified now; else false. */
  public boolean changeCharacterId(Region region, String realmSlug, String name, long newId) {
    return world.changeId(key(region, realmSlug, name), newId, Instant.now());
  }

  /** Sets the status endpoint's {@code is_valid}; false when no such character is stored. */
  public boolean setValid(Region region, String realmSlug, String name, boolean valid) {
    return world.setValid(key(region, realmSlug, name), valid);
  }

  /**
   * The guilds this simulator serves rosters for; script a guild's life (join, leave, rank, rename,
   * move, guild rename, 404) or generate a world of guilds there.
   */
  public SimulatedGuilds guilds() {
    return guilds;
  }

  /** The characters' details: logins, 404s and failures per detail, request counts. */
  public SimulatedDetails details() {
    return details;
  }

  /** Battle.net-wide trouble (silent API, 503 or 429 to everything, token endpoint down). */
  public SimulatedOutage outage() {
    return outage;
  }

  /** How many characters are stored. */
  public int characterCount() {
    return world.size();
  }

  /** Replaces the character's faults (the character need not exist); none clears them. */
  public void fault(Region region, String realmSlug, String name, Fault... faults) {
    world.faults().set(key(region, realmSlug, name), faults.clone());
  }

  /** Clears every character's faults. */
  public void clearFaults() {
    world.faults().clear();
  }

  /** Latency added before every API answer from now on. */
  public void setLatency(Duration latency) {
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
    this.latency = latency;
  }

  /** Enforces {@code perSecond} API requests per wall-clock second from now on. */
  public void setQuota(int perSecond, boolean retryAfter) {
    if (perSecond < 1) {
      throw new IllegalArgumentException("perSecond must be at least 1");
    }
    this.quota = OptionalInt.of(perSecond);
    this.retryAfterOnQuota = retryAfter;
  }

  /** Stops enforcing a quota. */
  public void disableQuota() {
    this.quota = OptionalInt.empty();
  }

  /** The lifetime of tokens issued from now on, at least one second. */
  public void setTokenLifetime(Duration lifetime) {
    if (lifetime.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("lifetime must be at least 1 s");
    }
    this.tokenLifetime = lifetime;
  }

  /** Revokes every issued token, as Battle.net may do early: the next API call gets 401. */
  public void revokeTokens() {
    tokens.revokeAll();
  }

  /** Every token issued so far (for tests that check no token leaks). */
  public Set<String> issuedTokens() {
    return tokens.issued();
  }

  /** A snapshot of the counters. */
  public SimulatorStats stats() {
    return meter.snapshot();
  }

  /** API requests received per wall-clock second (epoch second to count), the last hour's worth. */
  public Map<Long, Long> requestsPerSecond() {
    return meter.perSecond();
  }

  /**
   * Profile summary requests for one character that got past the quota and the token check (so 429s
   * and 401s are not counted), whatever the answer; 0 for a character never asked for. The name is
   * compared case-insensitively, as the endpoint does.
   */
  public long profileRequests(Region region, String realmSlug, String name) {
    return meter.characterHits(World.Key.of(region, realmSlug, name));
  }

  /** Sets every counter back to zero. */
  public void resetStats() {
    meter.reset();
  }

  /** Stops the server at once and its worker threads. Idempotent. */
  @Override
  public void close() {
    outage.end();
    server.stop(0);
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "BattleNetSimulator[" + baseUrl() + ", " + options + "]";
  }

  private static World.Key key(Region region, String realmSlug, String name) {
    return World.Key.of(
        Objects.requireNonNull(region, "region"),
        Objects.requireNonNull(realmSlug, "realmSlug"),
        Objects.requireNonNull(name, "name"));
  }
}
