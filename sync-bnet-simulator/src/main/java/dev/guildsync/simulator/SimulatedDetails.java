package dev.guildsync.simulator;

import com.sun.net.httpserver.HttpExchange;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The simulator's character details: every character it serves a profile for has all five (made up
 * from its profile, or set with {@link #put}), each answered with {@code Last-Modified} = the
 * character's last logout (its profile's), so a conditional request gets a 304 until the next
 * {@link #login}. A detail can be made to answer 404 ({@link #notFound}) or 503 ({@link #fail}).
 * Thread-safe.
 */
public final class SimulatedDetails {
  /** What is scripted for one detail of one character. */
  private enum Script {
    SERVE,
    NOT_FOUND,
    FAIL
  }

  private final World world;
  private final Map<World.Key, Map<CharacterDetail, DetailData>> data = new ConcurrentHashMap<>();
  private final Map<World.Key, Map<CharacterDetail, Script>> scripts = new ConcurrentHashMap<>();
  private final Map<CharacterDetail, LongAdder> requests = new EnumMap<>(CharacterDetail.class);

  SimulatedDetails(World world) {
    this.world = world;
    for (CharacterDetail detail : CharacterDetail.values()) {
      requests.put(detail, new LongAdder());
    }
  }

  /** Sets what a character's detail holds, until the next {@link #login} changes it. */
  public void put(Region region, String realmSlug, String name, DetailData detail) {
    Objects.requireNonNull(detail, "detail");
    World.Key key = World.Key.of(region, realmSlug, name);
    details(key).put(detail.detail(), detail);
  }

  /**
   * A login at {@code at}: the profile's last login and every {@code Last-Modified} move to {@code
   * at}, each item gains 3 item levels, the Mythic+ rating 25 points, and one more boss is killed
   * on the first raid's heroic (at {@code at}).
   *
   * @throws IllegalArgumentException when the simulator serves no profile of its own for the
   *     character (none, or a raw body)
   */
  public void login(Region region, String realmSlug, String name, Instant at) {
    World.Key key = World.Key.of(region, realmSlug, name);
    CharacterProfile profile =
        world
            .get(key)
            .flatMap(World.Entry::profile)
            .orElseThrow(() -> new IllegalArgumentException("no simulated profile for " + key));
    Map<CharacterDetail, DetailData> mine = details(key);
    mine.replaceAll((detail, d) -> SimulatedDetailData.afterLogin(d, at));
    world.put(region, profile.toBuilder().lastLogin(at).build(), at);
  }

  /**
   * The five details the simulator makes up for {@code profile} (the same every time for the same
   * profile): what a character it serves starts with, for benchmarks and tests that need realistic
   * projections without a server.
   */
  public static Map<CharacterDetail, DetailData> madeUp(CharacterProfile profile) {
    return SimulatedDetailData.madeUp(Objects.requireNonNull(profile, "profile"));
  }

  /** Makes a character's detail answer 404 (private or not served), until {@link #serve}. */
  public void notFound(Region region, String realmSlug, String name, CharacterDetail detail) {
    script(region, realmSlug, name, detail, Script.NOT_FOUND);
  }

  /** Makes a character's detail answer 503 on every request, until {@link #serve}. */
  public void fail(Region region, String realmSlug, String name, CharacterDetail detail) {
    script(region, realmSlug, name, detail, Script.FAIL);
  }

  /** Serves a character's detail again. */
  public void serve(Region region, String realmSlug, String name, CharacterDetail detail) {
    script(region, realmSlug, name, detail, Script.SERVE);
  }

  /** The requests received for {@code detail}, 401s and 429s not counted. */
  public long requests(CharacterDetail detail) {
    return requests.get(detail).sum();
  }

  /** The requests received for every detail, 401s and 429s not counted. */
  public long requests() {
    return requests.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Forgets the request counts. */
  public void resetRequests() {
    requests.values().forEach(LongAdder::reset);
  }

  private void script(
      Region region, String realmSlug, String name, CharacterDetail detail, Script script) {
    Objects.requireNonNull(detail, "detail");
    scripts
        .computeIfAbsent(World.Key.of(region, realmSlug, name), k -> new ConcurrentHashMap<>())
        .put(detail, script);
  }

  private Map<CharacterDetail, DetailData> details(World.Key key) {
    return data.computeIfAbsent(
        key,
        k -> {
          Map<CharacterDetail, DetailData> made = new ConcurrentHashMap<>();
          world
              .get(k)
              .flatMap(World.Entry::profile)
              .ifPresent(p -> made.putAll(SimulatedDetailData.madeUp(p)));
          return made;
        });
  }

  /** Answers one detail request of {@code key}, already admitted by the gate. */
  void answer(HttpExchange exchange, World.Key key, CharacterDetail detail) throws IOException {
    requests.get(detail).increment();
    Optional<World.Entry> entry = world.get(key);
    Script script = scripts.getOrDefault(key, Map.of()).getOrDefault(detail, Script.SERVE);
    Optional<DetailData> body = Optional.ofNullable(details(key).get(detail));
    if (script == Script.FAIL) {
      Http.send(exchange, 503, Http.EMPTY);
    } else if (entry.isEmpty() || body.isEmpty() || script == Script.NOT_FOUND) {
      Http.send(exchange, 404, Http.NOT_FOUND);
    } else if (ApiGate.notModifiedSince(exchange, entry.get().lastModified())) {
      Http.send(exchange, 304, Http.EMPTY, "Last-Modified", entry.get().lastModifiedHeader());
    } else {
      Http.send(
          exchange,
          200,
          DetailBodyJson.render(body.get()),
          "Last-Modified",
          entry.get().lastModifiedHeader());
    }
  }

  /** The detail a request path's tail names ({@code equipment}, {@code encounters/raids}...). */
  static Optional<CharacterDetail> of(String tail) {
    return switch (tail) {
      case "equipment" -> Optional.of(CharacterDetail.EQUIPMENT);
      case "mythic-keystone-profile" -> Optional.of(CharacterDetail.MYTHIC_PLUS);
      case "professions" -> Optional.of(CharacterDetail.PROFESSIONS);
      case "encounters/raids" -> Optional.of(CharacterDetail.RAIDS);
      case "collections/toys" -> Optional.of(CharacterDetail.TOYS);
      default -> Optional.empty();
    };
  }
}
