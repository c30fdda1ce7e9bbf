package dev.guildsync.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a {@link BattleNetSimulator} starts. Immutable; change a copy with the {@code with...}
 * methods. Quota, latency and token lifetime can also be changed while the simulator runs.
 *
 * @param clientId the client id the token endpoint accepts
 * @param clientSecret the client secret the token endpoint accepts
 * @param tokenLifetime the {@code expires_in} of issued tokens, at least one second
 * @param quotaPerSecond when present, API requests past this many in one wall-clock second get 429
 * @param retryAfterOnQuota whether quota 429s carry {@code Retry-After: 1}
 * @param latency added before every answer
 * @param threads the server's worker threads (each holds one request, latency included)
 */
public record SimulatorOptions(
    String clientId,
    String clientSecret,
    Duration tokenLifetime,
    OptionalInt quotaPerSecond,
    boolean retryAfterOnQuota,
    Duration latency,
    int threads) {

  /**
   * @throws IllegalArgumentException for a blank credential, a token lifetime under one second, a
   *     quota under one, negative latency or fewer than one thread
   */
  public SimulatorOptions {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(tokenLifetime, "tokenLifetime");
    Objects.requireNonNull(quotaPerSecond, "quotaPerSecond");
    Objects.requireNonNull(latency, "latency");
    if (clientId.isBlank() || clientSecret.isBlank()) {
      throw new IllegalArgumentException("client id and secret must not be blank");
    }
    if (tokenLifetime.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("tokenLifetime must be at least 1 s: " + tokenLifetime);
    }
    if (quotaPerSecond.isPresent() && quotaPerSecond.getAsInt() < 1) {
      throw new IllegalArgumentException("quotaPerSecond must be at least 1");
    }
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + latency);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  /**
   * Client id {@code sim-client}, secret {@code sim-secret}, tokens for 24 h, quota off, no
   * latency, 32 threads.
   */
  public static SimulatorOptions defaults() {
    return new SimulatorOptions(
        "sim-client",
        "sim-secret",
        Duration.ofHours(24),
        OptionalInt.empty(),
        true,
        Duration.ZERO,
        32);
  }

  /** A copy with other credentials. */
  public SimulatorOptions withCredentials(String clientId, String clientSecret) {
    return new SimulatorOptions(
        clientId, clientSecret, tokenLifetime, quotaPerSecond, retryAfterOnQuota, latency, threads);
  }

  /** A copy with another token lifetime. */
  public SimulatorOptions withTokenLifetime(Duration tokenLifetime) {
    return new SimulatorOptions(
        clientId, clientSecret, tokenLifetime, quotaPerSecond, retryAfterOnQuota, latency, threads);
  }

  /** A copy that enforces {@code perSecond} like Battle.net. */
  public SimulatorOptions withQuota(int perSecond, boolean retryAfter) {
    return new SimulatorOptions(
        clientId,
        clientSecret,
        tokenLifetime,
        OptionalInt.of(perSecond),
        retryAfter,
        latency,
        threads);
  }

  /** A copy with another latency. */
  public SimulatorOptions withLatency(Duration latency) {
    return new SimulatorOptions(
        clientId, clientSecret, tokenLifetime, quotaPerSecond, retryAfterOnQuota, latency, threads);
  }

  /** A copy with another number of worker threads. */
  public SimulatorOptions withThreads(int threads) {
    return new SimulatorOptions(
        clientId, clientSecret, tokenLifetime, quotaPerSecond, retryAfterOnQuota, latency, threads);
  }

  @Override
  public String toString() {
    return "SimulatorOptions[clientId="
        + clientId
        + ", clientSecret=<redacted>, tokenLifetime="
        + tokenLifetime
        + ", quotaPerSecond="
        + quotaPerSecond
        + ", latency="
        + latency
        + ", threads="
        + threads
        + "]";
  }
}
