/**
 * guildsync's core: the front door ({@code dev.guildsync.GuildSync}), the shared vocabulary, each
 * sync with the ports it calls, and the claim vocabulary. It reads nothing but {@code java.base}.
 * The machinery both syncs share ({@code dev.guildsync.core.internal}) is not exported: no other
 * module can compile against it.
 */
module dev.guildsync.core {
  exports dev.guildsync;
  exports dev.guildsync.core;
  exports dev.guildsync.core.character;
  exports dev.guildsync.core.claim;
  exports dev.guildsync.core.detail;
  exports dev.guildsync.core.guild;
  exports dev.guildsync.core.outage;
}
