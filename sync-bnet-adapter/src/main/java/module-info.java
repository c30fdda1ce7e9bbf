/**
 * guildsync's Battle.net Profile API client: {@code dev.guildsync.bnet.BattleNetClient}, on
 * Methanol, Jackson and Bucket4j.
 */
// Bucket4j is an automatic module, with the stable name its manifest declares; its Bucket is part
// of the client's builder, so a user who reads this module reads Bucket4j too.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.guildsync.bnet {
  requires transitive dev.guildsync.core;
  requires transitive io.github.bucket4j.core;
  requires java.net.http;
  requires methanol;
  requires com.fasterxml.jackson.databind;
  // Compile time only: Methanol's class files carry Error Prone's annotations (javac's classfile
  // lint).
  requires static com.google.errorprone.annotations;

  exports dev.guildsync.bnet;

  // Jackson binds Battle.net's JSON to the package's private records.
  opens dev.guildsync.bnet to
      com.fasterxml.jackson.databind;
}
