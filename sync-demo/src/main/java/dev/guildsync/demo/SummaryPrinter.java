package dev.guildsync.demo;

import dev.guildsync.RunReport;
import java.io.PrintWriter;

/**
 * Prints a run's summary as the host application's {@code sync} command does, so that the demo
 * shows the very lines a user will see from their own runs.
 */
@FunctionalInterface
public interface SummaryPrinter {
  /** Prints {@code outcome} on {@code out}. */
  void print(PrintWriter out, RunReport outcome);
}
