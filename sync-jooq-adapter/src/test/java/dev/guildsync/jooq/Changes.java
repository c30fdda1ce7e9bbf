package dev.guildsync.jooq;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.GuildLink;
import dev.guildsync.testing.character.TestProfiles;
import java.time.Instant;
import java.util.Optional;

/** Changes and refs the adapter's own tests build often. */
final class Changes {
  static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  private Changes() {}

  static CharacterRef eu(String name) {
    return new CharacterRef(Region.EU, "argent-dawn", name);
  }

  /** A refresh of {@code ref} in Battle.net guild {@code bnetGuildId}, linked to {@code local}. */
  static CharacterChange.Refreshed linked(
      CharacterKey key, CharacterRef ref, long bnetGuildId, GuildKey local) {
    CharacterProfile profile = TestProfiles.inGuild(ref, 1000 + key.value(), bnetGuildId);
    return new CharacterChange.Refreshed(
        key,
        profile,
        new GuildLink.Linked(local, profile.guild().orElseThrow()),
        Optional.of("Mon, 23 Nov 2026 10:00:00 GMT"),
        T0);
  }

  /** A refresh of {@code ref} in a Battle.net guild no local guild tracks. */
  static CharacterChange.Refreshed untracked(CharacterKey key, CharacterRef ref, long bnetGuildId) {
    CharacterProfile profile = TestProfiles.inGuild(ref, 1000 + key.value(), bnetGuildId);
    return new CharacterChange.Refreshed(
        key, profile, new GuildLink.Untracked(profile.guild().orElseThrow()), Optional.empty(), T0);
  }
}
