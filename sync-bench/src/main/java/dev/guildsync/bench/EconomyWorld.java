package dev.guildsync.bench;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.character.CharacterDetailPort;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterProfilePort;
import dev.guildsync.core.character.CharacterStatus;
import dev.guildsync.core.character.CharacterStatusPort;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import dev.guildsync.simulator.SimulatedDetails;
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
 * endpoints (unindexed or gone). Details answer with the simulator's made-up projections. Counts
 * profile, status and detail requests per simulated day. Thread-safe.
 */
final class EconomyWorld implements CharacterProfilePort, CharacterStatusPort, CharacterDetailPort {
  static final String REALM = "argent-dawn";

  private final int characters;
  private final int active;
  private final int notFoundFrom;
  private final Clock clock;
  private final Instant start;
  private final AtomicLongArray profiles;
  private final AtomicLongArray statuses;
  private final AtomicLongArray details;

  EconomyWorld(int characters, double activeShare, double notFoundShare, Clock clock, int days) {
    this.characters = characters;
    this.active = (int) Math.round(characters * activeShare);
    this.notFoundFrom = characters - (int) Math.round(characters * notFoundShare);
    this.clock = clock;
    this.start = clock.instant();
    this.profiles = new AtomicLongArray(days + 1);
    this.statuses = new AtomicLongArray(days + 1);
    this.details = new AtomicLongArray(days + 1);
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
    return new FetchResult.Found<>(profile(i, character.name()), Optional.empty());
  }

  private CharacterProfile profile(int i, String name) {
    // The active log in every day; the idle ones' last login stays where it was (the details
    // follow logins, so an idle login must not move).
    Instant login =
        i < active
            ? clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(i % 3))
            : start.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(30 + i % 300));
    return CharacterProfile.newBuilder()
        .id(bnetId(i))
        .name(name)
        .realmSlug(REALM)
        .realmName("Argent Dawn")
        .level(80)
        .lastLogin(login)
        .build();
  }

  /** Every detail of a character that has a profile, as the simulator makes them up. */
  @Override
  public FetchResult<DetailData> fetchDetail(
      CharacterRef character, CharacterDetail detail, Optional<String> lastModified) {
    int i = index(character);
    details.incrementAndGet(day());
    if (i >= notFoundFrom) {
      return FetchResult.notFound("HTTP 404");
    }
    return FetchResult.found(
        SimulatedDetails.madeUp(profile(i, character.name())).get(detail), null);
  }

  /** Detail requests on simulated day {@code day}. */
  long detailsOn(int day) {
    return details.get(day);
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
