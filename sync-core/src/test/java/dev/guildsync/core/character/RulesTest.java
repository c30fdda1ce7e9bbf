package dev.guildsync.core.character;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.SyncState;
import dev.guildsync.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulesTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final CharacterRef AERON = new CharacterRef(Region.EU, "argent-dawn", "Ærøn");
  private static final BnetGuildId LONG_WATCH = BnetGuildId.of(115248327);
  private final CharacterSyncRules rules =
      new CharacterSyncRules(new FailureBackoff(Duration.ofMinutes(15), Duration.ofDays(1)));

  /** A profile with what the rules read: the id, the name, the realm and the guild. */
  private static CharacterProfile.Builder profile(long bnetCharacterId) {
    return CharacterProfile.newBuilder()
        .id(BnetCharacterId.of(bnetCharacterId))
        .name(AERON.name())
        .realmSlug(AERON.realmSlug());
  }

  private static CharacterProfile inLongWatch(long bnetCharacterId) {
    return profile(bnetCharacterId)
        .guild(new ProfileGuild(LONG_WATCH, "The Long Watch", AERON.realmSlug()))
        .build();
  }

  private static CharacterProfile guildless(long bnetCharacterId) {
    return profile(bnetCharacterId).build();
  }

  private static DueCharacter due(Optional<BnetCharacterId> bnetId, int failures) {
    return new DueCharacter(
        CharacterKey.of(1),
        AERON,
        bnetId,
        Optional.empty(),
        new SyncState(true, Optional.empty(), Optional.empty(), failures),
        false);
  }

  @Test
  void aTrackedGuildLinksToItsLocalKeyNeverToTheBattleNetId() {
    CharacterProfile profile = inLongWatch(7);

    GuildLink link = GuildLinkRule.link(profile.guild(), Map.of(LONG_WATCH, GuildKey.of(5)));

    assertThat(link.guildKey()).contains(GuildKey.of(5));
    assertThat(link).isInstanceOf(GuildLink.Linked.class);
  }

  @Test
  void anUntrackedGuildLinksToNothing() {
    CharacterProfile profile = inLongWatch(7);

    GuildLink link = GuildLinkRule.link(profile.guild(), Map.of(BnetGuildId.of(1), GuildKey.of(5)));

    assertThat(link).isEqualTo(new GuildLink.Untracked(profile.guild().orElseThrow()));
    assertThat(link.guildKey()).isEmpty();
  }

  @Test
  void noGuildLinksToNothing() {
    assertThat(GuildLinkRule.link(Optional.empty(), Map.of(LONG_WATCH, GuildKey.of(5))))
        .isEqualTo(new GuildLink.Guildless());
  }

  @Test
  void aFoundProfileWithTheRecordedIdIsRefreshed() {
    CharacterProfile profile = inLongWatch(7);

    CharacterChange change =
        rules.decide(
            due(Optional.of(BnetCharacterId.of(7)), 2),
            FetchResult.found(profile, "Mon, 23 Nov 2026 10:00:00 GMT"),
            Map.of(LONG_WATCH, GuildKey.of(5)),
            NOW);

    assertThat(change)
        .isEqualTo(
            new CharacterChange.Refreshed(
                CharacterKey.of(1),
                profile,
                new GuildLink.Linked(GuildKey.of(5), profile.guild().orElseThrow()),
                Optional.of("Mon, 23 Nov 2026 10:00:00 GMT"),
                NOW));
  }

  @Test
  void aFoundProfileWithAnotherIdIsAnIdentityChange() {
    CharacterChange change =
        rules.decide(
            due(Optional.of(BnetCharacterId.of(7)), 0),
            FetchResult.found(guildless(8), null),
            Map.of(),
            NOW);

    assertThat(change)
        .isEqualTo(
            new CharacterChange.IdentityChanged(
                CharacterKey.of(1), BnetCharacterId.of(7), BnetCharacterId.of(8), NOW));
    assertThat(((CharacterChange.IdentityChanged) change).reason())
        .isEqualTo("identity changed: stored Battle.net id 7, fetched 8");
  }

  @Test
  void theFirstSyncRecordsTheIdWhateverItIs() {
    CharacterChange change =
        rules.decide(
            due(Optional.empty(), 0), FetchResult.found(guildless(8), null), Map.of(), NOW);

    assertThat(change).isInstanceOf(CharacterChange.Refreshed.class);
  }

  @Test
  void notModifiedAndNotFoundMapToTheirChanges() {
    assertThat(rules.decide(due(Optional.empty(), 0), FetchResult.notModified(), Map.of(), NOW))
        .isEqualTo(
            new CharacterChange.Common(new CommonChange.Unchanged<>(CharacterKey.of(1), NOW)));
    assertThat(
            rules.decide(due(Optional.empty(), 0), FetchResult.notFound("HTTP 404"), Map.of(), NOW))
        .isEqualTo(
            new CharacterChange.Common(new CommonChange.NotFound<>(CharacterKey.of(1), NOW)));
  }

  @Test
  void aFailureCountsAndBacksOffExponentially() {
    CharacterChange third =
        rules.decide(due(Optional.empty(), 2), FetchResult.failed(true, "HTTP 503"), Map.of(), NOW);

    assertThat(third)
        .isEqualTo(
            new CharacterChange.Common(
                new CommonChange.Failed<>(
                    CharacterKey.of(1), "HTTP 503", 3, NOW.plus(Duration.ofMinutes(60)))));
  }

  @Test
  void aFailureReasonIsKeptOnOneStorableLine() {
    String reason = "bad\u0000value\nnext line " + "x".repeat(5_000);

    var failed =
        (CommonChange.Failed<CharacterKey>)
            ((CharacterChange.Common)
                    rules.decide(
                        due(Optional.empty(), 0), FetchResult.failed(false, reason), Map.of(), NOW))
                .change();

    assertThat(failed.reason())
        .startsWith("bad\\u0000value\\u000anext line xxx")
        .doesNotContain("\u0000")
        .doesNotContain("\n")
        .hasSize(Checks.MAX_REASON + 3)
        .endsWith("...");
  }

  @Test
  void theBackOffIsCapped() {
    FailureBackoff backoff = new FailureBackoff(Duration.ofMinutes(15), Duration.ofHours(2));
    assertThat(backoff.delay(1)).isEqualTo(Duration.ofMinutes(15));
    assertThat(backoff.delay(4)).isEqualTo(Duration.ofHours(2));
    assertThat(backoff.delay(1_000)).isEqualTo(Duration.ofHours(2));
    assertThatThrownBy(() -> new FailureBackoff(Duration.ZERO, Duration.ofHours(1)))
        .hasMessageContaining("positive");
  }

  @Test
  void dueFollowsTheQueryDefinition() {
    DueQuery query =
        new DueQuery(
            NOW, NOW.minusSeconds(3600), NOW.minusSeconds(86400), 10, Duration.ofMinutes(1));
    Optional<Instant> none = Optional.empty();
    assertThat(DueRule.isDue(query, true, none, none, none)).isTrue();
    assertThat(DueRule.isDue(query, true, Optional.of(NOW.minusSeconds(3601)), none, none))
        .isTrue();
    assertThat(DueRule.isDue(query, true, Optional.of(NOW.minusSeconds(3600)), none, none))
        .isFalse();
    assertThat(DueRule.isDue(query, false, Optional.of(NOW.minusSeconds(3601)), none, none))
        .isFalse();
    assertThat(DueRule.isDue(query, false, Optional.of(NOW.minusSeconds(86401)), none, none))
        .isTrue();
    assertThat(DueRule.isDue(query, true, none, Optional.of(NOW.plusSeconds(1)), none)).isFalse();
    assertThat(DueRule.isDue(query, true, none, Optional.of(NOW), none)).isTrue();
    assertThat(DueRule.isDue(query, true, none, none, Optional.of(NOW.plusSeconds(1)))).isFalse();
    assertThat(DueRule.isDue(query, true, none, none, Optional.of(NOW))).isTrue();
  }
}
