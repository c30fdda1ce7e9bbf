package dev.guildsync.spring;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@code guildsync.*} properties. Each has the default and the meaning of the example app's
 * command-line option of the same name. Validated at binding (the application does not start with a
 * bad value, and the failure names the property) by the very checks of the library's builders, so
 * the ranges are the library's. Durations read {@code 6h}, {@code 7d} or ISO-8601 {@code PT6H}.
 */
@ConfigurationProperties("guildsync")
public class GuildSyncProperties implements Validator {

  /** Whether guildsync is configured at all; false leaves the application as it was. */
  private boolean enabled = true;

  /**
   * The name of the DataSource bean guildsync stores into; default the application's only or
   * primary DataSource. The stores take their own connections and transactions from it.
   */
  private String datasource;

  private final Schema schema = new Schema();
  private final BattleNet battlenet = new BattleNet();
  @NestedConfigurationProperty private final SyncProperties sync = new SyncProperties();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getDatasource() {
    return datasource;
  }

  public void setDatasource(String datasource) {
    this.datasource = datasource;
  }

  public Schema getSchema() {
    return schema;
  }

  public BattleNet getBattlenet() {
    return battlenet;
  }

  public SyncProperties getSync() {
    return sync;
  }

  @Override
  public boolean supports(Class<?> type) {
    return GuildSyncProperties.class.isAssignableFrom(type);
  }

  /** Checks every value with the library builders' own setters (see {@link PropertyChecks}). */
  @Override
  public void validate(Object target, Errors errors) {
    PropertyChecks.validate((GuildSyncProperties) target, errors);
  }

  /** How guildsync's tables get into the database. */
  public enum SchemaMode {
    /** Apply guildsync's Flyway migrations at startup, after the application's own. */
    MIGRATE,
    /** Only check at startup that the tables are there (they are applied some other way). */
    VALIDATE,
    /** Neither: the application takes care of the schema. */
    NONE
  }

  /** {@code guildsync.schema.*}. */
  public static class Schema {
    /**
     * migrate: apply guildsync's migrations (db/guildsync, history table guildsync_schema_history)
     * after the application's own Flyway; validate: fail at startup when a table or column is
     * missing; none: do neither.
     */
    private SchemaMode mode = SchemaMode.MIGRATE;

    public SchemaMode getMode() {
      return mode;
    }

    public void setMode(SchemaMode mode) {
      this.mode = mode;
    }
  }

  /** {@code guildsync.battlenet.*}: the Battle.net client. */
  public static class BattleNet {
    /** OAuth client id (the CLI's BNET_CLIENT_ID). Without it and the secret nothing syncs. */
    private String clientId;

    /** OAuth client secret (the CLI's BNET_CLIENT_SECRET); never logged. */
    private String clientSecret;

    /** Replaces the regional API host for every region (a proxy, a test server). */
    private URI apiBaseUrl;

    /** Replaces Battle.net's OAuth token endpoint. */
    private URI tokenUrl;

    /** Battle.net requests per second at most. */
    private int requestsPerSecond = 100;

    /** Battle.net requests per hour at most. */
    private long requestsPerHour = 36_000;

    /**
     * Share the request limits with every instance that syncs on this database with the same client
     * id, through one quota bucket in the database (table sync_quota_buckets). Needed as soon as
     * more than one instance runs.
     */
    private boolean sharedQuota;

    public String getClientId() {
      return clientId;
    }

    public void setClientId(String clientId) {
      this.clientId = clientId;
    }

    public String getClientSecret() {
      return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
    }

    public URI getApiBaseUrl() {
      return apiBaseUrl;
    }

    public void setApiBaseUrl(URI apiBaseUrl) {
      this.apiBaseUrl = apiBaseUrl;
    }

    public URI getTokenUrl() {
      return tokenUrl;
    }

    public void setTokenUrl(URI tokenUrl) {
      this.tokenUrl = tokenUrl;
    }

    public int getRequestsPerSecond() {
      return requestsPerSecond;
    }

    public void setRequestsPerSecond(int requestsPerSecond) {
      this.requestsPerSecond = requestsPerSecond;
    }

    public long getRequestsPerHour() {
      return requestsPerHour;
    }

    public void setRequestsPerHour(long requestsPerHour) {
      this.requestsPerHour = requestsPerHour;
    }

    public boolean isSharedQuota() {
      return sharedQuota;
    }

    public void setSharedQuota(boolean sharedQuota) {
      this.sharedQuota = sharedQuota;
    }

    @Override
    public String toString() {
      return "BattleNet[clientId=" + clientId + ", clientSecret=***]";
    }
  }
}
