package dev.guildsync.bnet;

import java.util.concurrent.atomic.LongAdder;

/** The live counters behind {@link BattleNetClient.RequestStats}. Thread-safe. */
final class RequestCounters {
  final LongAdder sent = new LongAdder();
  final LongAdder retried = new LongAdder();
  final LongAdder throttled = new LongAdder();

  BattleNetClient.RequestStats snapshot() {
    return new BattleNetClient.RequestStats(sent.sum(), retried.sum(), throttled.sum());
  }
}
