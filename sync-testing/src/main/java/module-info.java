/**
 * guildsync's test support: in-memory fakes of every port, scripted sources and the port contract
 * tests a store implementation extends.
 */
module dev.guildsync.testing {
  requires transitive dev.guildsync.core;
  // The contract tests are JUnit tests with AssertJ assertions; a user's test extends them.
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;

  exports dev.guildsync.testing;
  exports dev.guildsync.testing.character;
  exports dev.guildsync.testing.guild;

  // JUnit discovers and calls the contract tests' methods reflectively, also non-public ones.
  opens dev.guildsync.testing to
      org.junit.platform.commons;
  opens dev.guildsync.testing.character to
      org.junit.platform.commons;
  opens dev.guildsync.testing.guild to
      org.junit.platform.commons;
}
