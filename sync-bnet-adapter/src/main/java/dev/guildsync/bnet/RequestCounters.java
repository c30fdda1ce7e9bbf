package dev.guildsync.bnet;

import dev.guildsync.RequestCounts;
import java.util.concurrent.atomic.LongAdder;

/** The live counters behind {@link BattleNetClient#requestCounts()}. Thread-safe. */
final class RequestCounters {
  final LongAdder sent = new LongAdder();
  final LongAdder retried = new LongAdder();
  final LongAdder throttled = new LongAdder();

  RequestCounts snapshot() {
    return new RequestCounts(sent.sum(), retried.sum(), throttled.sum());
  }
}
