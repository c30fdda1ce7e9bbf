package dev.guildsync.bench;

import dev.guildsync.bnet.BattleNetClient;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * What the shared quota adds to each request: one token from the PostgreSQL bucket against one from
 * the in-process bucket, both with limits too high to ever wait, so only the bucket's own work is
 * timed. Database round trips are counted on the JDBC connection (each statement executed, each
 * commit or rollback).
 */
final class BucketCost {
  /** The measured cost of one token. */
  record Result(
      int tokens,
      double roundTripsPerToken,
      double sharedP50Millis,
      double sharedP99Millis,
      double localP50Millis,
      double localP99Millis) {}

  private BucketCost() {}

  static Result measure(DataSource dataSource, int tokens) throws SQLException {
    LongAdder roundTrips = new LongAdder();
    BucketConfiguration limits = BattleNetClient.quotaConfiguration(100_000, 100_000_000);
    Bucket shared =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(counting(dataSource, roundTrips))
            .table("sync_quota_buckets")
            .build()
            .builder()
            .build(-1L, () -> limits);
    LocalBucketBuilder inProcess = Bucket.builder().withNanosecondPrecision();
    for (Bandwidth limit : limits.getBandwidths()) {
      inProcess.addLimit(limit);
    }
    Bucket local = inProcess.build();
    time(shared, 200);
    time(local, 200);
    roundTrips.reset();
    LatencyRecorder sharedTimes = time(shared, tokens);
    double perToken = roundTrips.sum() / (double) tokens;
    LatencyRecorder localTimes = time(local, tokens);
    return new Result(
        tokens,
        perToken,
        sharedTimes.quantileMillis(0.5),
        sharedTimes.quantileMillis(0.99),
        localTimes.quantileMillis(0.5),
        localTimes.quantileMillis(0.99));
  }

  private static LatencyRecorder time(Bucket bucket, int tokens) {
    LatencyRecorder times = new LatencyRecorder(tokens);
    for (int i = 0; i < tokens; i++) {
      long start = System.nanoTime();
      bucket.tryConsume(1);
      times.record(System.nanoTime() - start);
    }
    return times;
  }

  /** The data source, its connections counting statements executed and transactions ended. */
  private static DataSource counting(DataSource dataSource, LongAdder roundTrips) {
    InvocationHandler onDataSource =
        (proxy, method, args) -> {
          Object result = invoke(dataSource, method, args);
          return result instanceof Connection c ? connection(c, roundTrips) : result;
        };
    return (DataSource)
        Proxy.newProxyInstance(
            BucketCost.class.getClassLoader(), new Class<?>[] {DataSource.class}, onDataSource);
  }

  private static Connection connection(Connection connection, LongAdder roundTrips) {
    InvocationHandler onConnection =
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("commit") || name.equals("rollback")) {
            roundTrips.increment();
          }
          Object result = invoke(connection, method, args);
          return result instanceof PreparedStatement s ? statement(s, roundTrips) : result;
        };
    return (Connection)
        Proxy.newProxyInstance(
            BucketCost.class.getClassLoader(), new Class<?>[] {Connection.class}, onConnection);
  }

  private static PreparedStatement statement(PreparedStatement statement, LongAdder roundTrips) {
    InvocationHandler onStatement =
        (proxy, method, args) -> {
          if (method.getName().startsWith("execute")) {
            roundTrips.increment();
          }
          return invoke(statement, method, args);
        };
    return (PreparedStatement)
        Proxy.newProxyInstance(
            BucketCost.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            onStatement);
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
