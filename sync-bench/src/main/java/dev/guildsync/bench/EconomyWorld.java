package dev.guildsync.bench;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterProfilePort;
import dev.guildsync.core.character.CharacterStatus;
import dev.guildsync.core.character.CharacterStatusPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The quota economy's Battle.net: {@code characters} characters named {@code C<i>}; the first
 * {@code activeShare} log in every day (last login within 14 days), the rest last logged in 30 to
 * 330 days ago; of the idle ones, {@code notFoundShare} of all characters answer 404 on both
 * endpoints (unindexed or gone). Counts profile and status requests per simulated day. Thread-safe.
 */
final class EconomyWorld implements CharacterProfilePort, CharacterStatusPort {
  static final String REALM = "argent-dawn";

  private final int characters;
  private final int active;
  private final int notFoundFrom;
  private final Clock clock;
  private final Instant start;
  private final AtomicLongArray profiles;
  private final AtomicLongArray statuses;

  EconomyWorld(int characters, double activeShare, double notFoundShare, Clock clock, int days) {
    this.characters = characters;
    this.active = (int) Math.round(characters * activeShare);
    this.notFoundFrom = characters - (int) Math.round(characters * notFoundShare);
    this.clock = clock;
    this.start = clock.instant();
    this.profiles = new AtomicLongArray(days + 1);
    this.statuses = new AtomicLongArray(days + 1);
  }

  /** The Battle.net id of character {@code i}. */
  static BnetCharacterId bnetId(int i) {
    return BnetCharacterId.of(1_000_000L + i);
  }

  int characters() {
    return characters;
  }

  @Override
  public FetchResult<CharacterProfile> fetchProfile(
      CharacterRef character, Optional<String> lastModified) {
    int i = index(character);
    profiles.incrementAndGet(day());
    if (i >= notFoundFrom) {
      return FetchResult.notFound("HTTP 404");
    }
    Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
    Instant login =
        i < active
            ? today.minus(Duration.ofDays(i % 3))
            : today.minus(Duration.ofDays(30 + i % 300));
    CharacterProfile profile =
        CharacterProfile.newBuilder()
            .id(bnetId(i))
            .name(character.name())
            .realmSlug(REALM)
            .realmName("Argent Dawn")
            .level(80)
            .lastLogin(login)
            .build();
    return new FetchResult.Found<>(profile, Optional.empty());
  }

  @Override
  public FetchResult<CharacterStatus> checkStatus(CharacterRef character) {
    int i = index(character);
    statuses.incrementAndGet(day());
    return i >= notFoundFrom
        ? new FetchResult.NotFound<>("HTTP 404")
        : FetchResult.found(new CharacterStatus(bnetId(i), true), null);
  }

  /** Profile requests on simulated day {@code day} (0 is the first). */
  long profilesOn(int day) {
    return profiles.get(day);
  }

  /** Status requests on simulated day {@code day}. */
  long statusesOn(int day) {
    return statuses.get(day);
  }

  private int day() {
    long day = Duration.between(start, clock.instant()).toDays();
    return (int) Math.min(day, profiles.length() - 1);
  }

  private static int index(CharacterRef character) {
    return Integer.parseInt(character.name().substring(1));
  }
}
