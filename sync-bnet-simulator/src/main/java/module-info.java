/**
 * A Battle.net stand-in on loopback for tests, demos and benchmarks: {@code
 * dev.guildsync.simulator.BattleNetSimulator}, on the JDK's HTTP server and Jackson.
 */
module dev.guildsync.simulator {
  requires transitive dev.guildsync.core;
  requires com.fasterxml.jackson.databind;
  requires jdk.httpserver;

  exports dev.guildsync.simulator;
}
