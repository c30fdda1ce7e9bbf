package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLink;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The times, names and steps the parts of {@link CharacterStorePortContract} share. */
final class CharacterContractSteps {
  static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  static final Duration STALE_AFTER = Duration.ofHours(6);
  static final Duration UNAVAILABLE_RECHECK = Duration.ofDays(7);
  static final Duration LEASE = Duration.ofMinutes(10);
  static final CharacterRef AERON = new CharacterRef(Region.EU, "argent-dawn", "Ærøn");

  private CharacterContractSteps() {}

  /** A query at {@code now} with the contract's default intervals. */
  static DueQuery dueAt(Instant now, int limit) {
    return new DueQuery(now, now.minus(STALE_AFTER), now.minus(UNAVAILABLE_RECHECK), limit, LEASE);
  }

  static Claimed<DueCharacter> claim(StoreFixture fixture, Instant now) {
    return fixture.store().claimDueCharacters(dueAt(now, 100));
  }

  static CharacterRef ref(String name) {
    return new CharacterRef(Region.EU, "argent-dawn", name);
  }

  static CharacterProfile profileInGuild(CharacterRef ref, long bnetGuildId) {
    return TestProfiles.inGuild(ref, 201337420L, bnetGuildId);
  }

  /** Claims at {@code now} and saves one change under the claim's lease. */
  static CharacterSaveResult claimAndSave(
      StoreFixture fixture, Instant now, CharacterChange change) {
    Claimed<DueCharacter> batch = claim(fixture, now);
    assertThat(batch.items()).extracting(DueCharacter::key).contains(change.key());
    return fixture.store().saveCharacters(batch.lease(), List.of(change));
  }

  /** Adds {@link #AERON} and syncs it at {@link #T0} linked to {@code guild}. */
  static CharacterKey syncedCharacterLinkedTo(StoreFixture fixture, GuildKey guild) {
    CharacterKey key = fixture.addCharacter(AERON);
    CharacterProfile profile = profileInGuild(AERON, 115248327);
    CharacterSaveResult result =
        claimAndSave(
            fixture,
            T0,
            new CharacterChange.Refreshed(
                key,
                profile,
                new GuildLink.Linked(guild, profile.guild().orElseThrow()),
                Optional.of("Mon, 23 Nov 2026 10:00:00 GMT"),
                T0));
    assertThat(result).isEqualTo(CharacterSaveResult.clean());
    return key;
  }
}
