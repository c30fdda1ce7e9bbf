package dev.guildsync.example;

import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.core.SyncException;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * {@code --shared-quota}: the Battle.net quota in one Bucket4j bucket in the sync's own database
 * (table {@value #TABLE}, created by the migration {@code V4__shared_quota.sql}), one row per
 * client id, so every instance that syncs with that client id on this database paces against the
 * same limits. Bucket4j's PostgreSQL backend locks the row ({@code SELECT ... FOR UPDATE}) for one
 * short transaction per request; the wait for the reserved slot is local.
 */
final class SharedQuota {
  /** The bucket table, shaped as Bucket4j documents it for PostgreSQL. */
  static final String TABLE = "sync_quota_buckets";

  /** A bucket call that waits longer than this on a lock or a query fails the run. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private SharedQuota() {}

  /**
   * The client id's bucket, checked with one round trip so that an unreachable database or a
   * missing table fails before anything is claimed.
   *
   * @throws SyncException with one line when the bucket cannot be used
   */
  static BucketProxy bucket(DataSource dataSource, String clientId, BucketConfiguration limits) {
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
      throw new SyncException(
          "shared quota unavailable: "
              + firstLine(rootCause(e))
              + " (table "
              + TABLE
              + "; run `migrate --jdbc-url ...` first)",
          e);
    }
    return bucket;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
