package dev.guildsync.example;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bench}: measurements against the original approach and the API quota. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures store throughput, end-to-end sync, quota adherence and memory.")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UsageException("bench is not implemented yet");
  }
}
