package dev.guildsync.spring;

import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.core.SyncException;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * {@code guildsync.battlenet.shared-quota}: the Battle.net quota in one Bucket4j bucket in the
 * application's database (table {@value #TABLE}, from guildsync's migration V4), one row per client
 * id, the same table and key as the example app's {@code --shared-quota}, so a service and the CLI
 * on one database share one quota.
 */
final class SharedQuotaBucket {
  static final String TABLE = "sync_quota_buckets";
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private SharedQuotaBucket() {}

  /**
   * The client id's bucket, checked once so that a missing table fails at startup.
   *
   * @throws SyncException with one line when the bucket cannot be used
   */
  static BucketProxy of(DataSource dataSource, String clientId, BucketConfiguration limits) {
    BucketProxy bucket =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .table(TABLE)
            .requestTimeout(REQUEST_TIMEOUT)
            .build()
            .builder()
            .build(BattleNetClient.quotaBucketKey(clientId), () -> limits);
    try {
      bucket.getAvailableTokens();
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      throw new SyncException(
          "guildsync.battlenet.shared-quota: the quota table "
              + TABLE
              + " cannot be used: "
              + cause,
          e);
    }
    return bucket;
  }
}
