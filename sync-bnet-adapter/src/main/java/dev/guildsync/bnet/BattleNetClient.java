package dev.guildsync.bnet;

import dev.guildsync.RequestCounts;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterDetailPort;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterProfilePort;
import dev.guildsync.core.character.CharacterStatus;
import dev.guildsync.core.character.CharacterStatusPort;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildRosterPort;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The Battle.net Profile API client, and guildsync's source ports (profiles, statuses, details,
 * rosters): OAuth client-credentials tokens, regional hosts, a shared rate limit, retries and
 * conditional requests.
 *
 * <p>Build one per client id with {@link #newBuilder()} and share it: it is thread-safe, and its
 * rate limiter and token cache serve every thread that uses it. Several instances (processes,
 * hosts) share the quota through one Bucket4j bucket: {@link Builder#bucket}. Close it when done.
 * The client secret and access tokens never appear in a URL, a log line, an exception message or
 * {@link #toString()}.
 *
 * <p>What Battle.net answers is a {@link FetchResult}: 200 is {@code Found} with the {@code
 * Last-Modified} header verbatim; 304 to a conditional request is {@code NotModified}; 404 and 403
 * are {@code NotFound} ({@code "HTTP 404"}); 429, 5xx, timeouts and I/O errors once retries are
 * exhausted, and an interrupt (the flag restored), are {@code Failed} with {@code retryable =
 * true}; a body that is malformed, lacks a required field or is over the endpoint's limit is {@code
 * Failed} with {@code retryable = false}. A fetch throws only for what stops every request: {@link
 * dev.guildsync.core.outage.BattleNetUnavailableException} once Battle.net as a whole is not
 * answering or cannot be reached (see {@link Builder#unavailableAfter}), {@link
 * dev.guildsync.core.CredentialsRejectedException} when Battle.net rejects the client id or secret,
 * {@link dev.guildsync.core.SyncException} when the token endpoint refuses the request otherwise or
 * a shared bucket fails ({@link Builder#bucket}), {@link IllegalStateException} once the client is
 * closed, {@link NullPointerException} for a null argument.
 */
public final class BattleNetClient
    implements CharacterProfilePort,
        CharacterStatusPort,
        CharacterDetailPort,
        GuildRosterPort,
        RequestCounts.Counter,
        AutoCloseable {
  private final ClientSettings settings;
  private final ClientResources resources;
  private final ProfileFetcher profiles;
  private final RosterFetcher rosters;

  private BattleNetClient(ClientSettings settings) {
    this.settings = settings;
    this.resources = new ClientResources(settings);
    this.profiles = new ProfileFetcher(resources);
    this.rosters = new RosterFetcher(resources);
  }

  /** A builder with the defaults described on each of its methods. Not thread-safe. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The configuration a bucket given to {@link Builder#bucket} must have for Battle.net's limits: a
   * bandwidth of capacity 1 refilled greedily at {@code requestsPerSecond} less 1% (99/s for 100,
   * 4.95/s for 5: evenly spaced requests, no burst), and one of capacity {@code requestsPerHour}
   * refilled greedily per hour. The default in-process bucket has this configuration (100, 36,000).
   * Returns a new configuration; throws {@link IllegalArgumentException} when {@code
   * requestsPerSecond} is not 1 to 100,000 or {@code requestsPerHour} not 1 to 100,000,000.
   */
  public static BucketConfiguration quotaConfiguration(
      int requestsPerSecond, long requestsPerHour) {
    return RateLimiter.checkedConfiguration(requestsPerSecond, requestsPerHour);
  }

  /**
   * The key of a client id's shared bucket ({@link Builder#bucket}), the same in every instance:
   * the first 8 bytes of the SHA-256 of the id's UTF-8 bytes, a number as Bucket4j's JDBC backends
   * need; the id itself is not stored. Throws {@link NullPointerException} for null.
   */
  public static long quotaBucketKey(String clientId) {
    return RateLimiter.bucketKey(clientId);
  }

  /**
   * Fetches a character's profile summary ({@code GET /profile/wow/character/{realm}/{name}}),
   * conditionally when {@code lastModified} is present. Results and exceptions as the class says; a
   * body is at most 1 MiB and needs an {@code id}, a {@code name} and a {@code realm.slug}.
   */
  @Override
  public FetchResult<CharacterProfile> fetchProfile(
      CharacterRef character, Optional<String> lastModified) {
    return profiles.fetchProfile(character, lastModified);
  }

  /**
   * Fetches a guild's roster ({@code GET /data/wow/guild/{realm}/{guild}/roster}, namespace {@code
   * profile-{region}}), conditionally when {@code lastModified} is present. The guild slug is sent
   * lower-cased with {@link java.util.Locale#ROOT}, both slugs percent-encoded as path segments.
   * Results and exceptions as the class says; a body may be up to 4 MiB (1,000 members: ~400 KB).
   * No members is {@link FetchResult.Found} with none (the guild sync's rules decide, G3). A body
   * lacking a required field, or a member with unusable data (no id, a name no path can carry, a
   * negative rank), fails the whole fetch, not retryable: a member left out would count as gone.
   * Unknown class and race ids are kept.
   */
  @Override
  public FetchResult<GuildRoster> fetchRoster(GuildRef guild, Optional<String> lastModified) {
    return rosters.fetchRoster(guild, lastModified);
  }

  /**
   * Asks the profile status endpoint ({@code .../{realm}/{name}/status}) whether the character is
   * still valid and which id it has now (Blizzard's retention rule, every 30 days): one request on
   * the same token, rate limiter and retries as a profile fetch. Returns {@link FetchResult.Found}
   * with the {@link CharacterStatus}, or why not, as the class says; never {@link
   * FetchResult.NotModified} (the request is not conditional), never null.
   */
  @Override
  public FetchResult<CharacterStatus> checkStatus(CharacterRef character) {
    return profiles.checkStatus(character);
  }

  /**
   * Fetches one character detail, conditionally when {@code lastModified} is present; a body over
   * its detail's limit (1 to 4 MiB) or failing the projection's checks is {@code Failed}.
   */
  @Override
  public FetchResult<DetailData> fetchDetail(
      CharacterRef character, CharacterDetail detail, Optional<String> lastModified) {
    return profiles.fetchDetail(character, detail, lastModified);
  }

  /**
   * This client's requests to the Battle.net API since it was built, token requests not counted;
   * {@code retried} counts back-off retries (429, 5xx, timeouts, I/O errors) and the single repeat
   * after a 401. Thread-safe; the counts only grow.
   */
  @Override
  public RequestCounts requestCounts() {
    return resources.counters().snapshot();
  }

  /**
   * Stops the client (later calls throw {@link IllegalStateException}); idempotent. On Java 21+ it
   * also closes the HTTP client it owns, waiting for requests in flight.
   */
  @Override
  public void close() {
    resources.close();
  }

  /** Shows the settings, with the client secret redacted. */
  @Override
  public String toString() {
    return "BattleNetClient" + settings;
  }

  /**
   * Configures a {@link BattleNetClient}; each setter checks its value at once, throwing {@link
   * IllegalArgumentException} ({@link NullPointerException} for null) naming the problem. Its
   * {@link #toString()} never shows the secret. Not thread-safe.
   */
  public static final class Builder {
    private final ClientSettings.Mutable s = new ClientSettings.Mutable();

    private Builder() {}

    /** The OAuth client id (required). */
    public Builder clientId(String clientId) {
      s.clientId = ClientSettings.requireText(clientId, "clientId");
      return this;
    }

    /** The OAuth client secret (required); never shown anywhere. */
    public Builder clientSecret(String clientSecret) {
      s.clientSecret = ClientSettings.requireText(clientSecret, "clientSecret");
      return this;
    }

    /**
     * One API base URL for every region instead of {@code https://{us,eu,kr,tw}.api.blizzard.com}
     * and {@code https://gateway.battlenet.com.cn} (tests, proxies). The namespace stays {@code
     * profile-{region}}. Plain {@code http} only for loopback hosts.
     */
    public Builder apiBaseUrl(URI apiBaseUrl) {
      s.apiBaseUrl = Optional.of(Endpoints.requireEndpoint(apiBaseUrl, "apiBaseUrl"));
      return this;
    }

    /**
     * The token endpoint for every region instead of {@code https://oauth.battle.net/token} (cn:
     * {@code https://oauth.battlenet.com.cn/token}); plain {@code http} only for loopback.
     */
    public Builder tokenUrl(URI tokenUrl) {
      s.tokenUrl = Optional.of(Endpoints.requireEndpoint(tokenUrl, "tokenUrl"));
      return this;
    }

    /** The {@code locale} per region ({@code de_DE}); default en_US, en_GB, ko_KR, zh_TW, zh_CN. */
    public Builder locale(Region region, String locale) {
      s.locales.put(Objects.requireNonNull(region, "region"), Endpoints.requireLocale(locale));
      return this;
    }

    /** Connect timeout, positive; default 5 s. */
    public Builder connectTimeout(java.time.Duration timeout) {
      s.connectTimeout = ClientSettings.requirePositive(timeout, "connectTimeout");
      return this;
    }

    /** Timeout of one attempt's whole response, positive; default 10 s; retried like I/O errors. */
    public Builder requestTimeout(java.time.Duration timeout) {
      s.requestTimeout = ClientSettings.requirePositive(timeout, "requestTimeout");
      return this;
    }

    /** Requests per wall-clock second, 1 to 100,000; default 100 (Battle.net's quota). */
    public Builder requestsPerSecond(int perSecond) {
      s.requestsPerSecond(perSecond);
      return this;
    }

    /** Requests per hour, 1 to 100,000,000; default 36,000 (Battle.net's quota). */
    public Builder requestsPerHour(long perHour) {
      s.requestsPerHour(perHour);
      return this;
    }

    /**
     * The Bucket4j bucket that paces every request instead of an in-process one: typically a {@link
     * io.github.bucket4j.distributed.BucketProxy} of any backend under {@link #quotaBucketKey}, so
     * every instance with the client id shares the quota, with {@link #quotaConfiguration}'s
     * configuration (so no {@link #requestsPerSecond} or {@link #requestsPerHour} with it). Each
     * attempt, retries included, reserves a token on the calling thread (one remote call), then
     * waits locally for the reserved instant. When the bucket throws the fetch throws {@link
     * dev.guildsync.core.SyncException} and sends nothing. Distributed backends count with each
     * host's wall clock: keep the hosts' clocks in step (NTP).
     */
    public Builder bucket(Bucket bucket) {
      s.bucket = Optional.of(Objects.requireNonNull(bucket, "bucket"));
      return this;
    }

    /** Retries after the first attempt, 0 to 10; default 3. */
    public Builder maxRetries(int maxRetries) {
      s.maxRetries = ClientSettings.requireRange(maxRetries, 0, 10, "maxRetries");
      return this;
    }

    /** First back-off delay for 5xx and I/O errors, doubled per retry, jittered; default 200 ms. */
    public Builder retryBaseDelay(java.time.Duration delay) {
      s.retryBaseDelay = ClientSettings.requirePositive(delay, "retryBaseDelay");
      return this;
    }

    /**
     * After how many attempts in a row, for two requests or more, with no usable answer (timeout,
     * no connection, no token, 5xx, 429) Battle.net counts as unavailable, 2 to 10,000; default 8.
     * Then every fetch throws {@link dev.guildsync.core.outage.BattleNetUnavailableException} at
     * once (a run stops, blaming no item) but one probe per {@link #requestTimeout}; any answer
     * ends it.
     */
    public Builder unavailableAfter(int failuresInARow) {
      s.unavailableAfter =
          ClientSettings.requireRange(failuresInARow, 2, 10_000, "unavailableAfter");
      return this;
    }

    /** The executor for the HTTP client's asynchronous work; default the HTTP client's own. */
    public Builder executor(java.util.concurrent.Executor executor) {
      s.executor = Optional.of(Objects.requireNonNull(executor, "executor"));
      return this;
    }

    /** The clock that decides when a token is due for renewal; default the system UTC clock. */
    public Builder clock(java.time.Clock clock) {
      s.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @throws IllegalStateException without a client id or secret, or with a bucket and limits
     */
    public BattleNetClient build() {
      return new BattleNetClient(s.freeze());
    }

    @Override
    public String toString() {
      return "BattleNetClient.Builder" + s.freeze(false);
    }
  }
}
