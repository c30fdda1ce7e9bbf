package dev.guildsync.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's characters and their faults. Thread-safe; answers are rendered once, when stored.
 */
final class World {
  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  record Key(Region region, String realmSlug, String name) {
    static Key of(Region region, String realmSlug, String name) {
      return new Key(region, realmSlug, name.toLowerCase(Locale.ROOT));
    }
  }

  /** One stored character, with its bodies pre-rendered. */
  record Entry(
      byte[] json,
      long id,
      boolean valid,
      Instant lastModified,
      String lastModifiedHeader,
      byte[] statusJson,
      Optional<CharacterProfile> profile) {
    static Entry of(
        byte[] json,
        long id,
        boolean valid,
        Instant lastModified,
        Optional<CharacterProfile> profile) {
      Instant seconds = lastModified.truncatedTo(ChronoUnit.SECONDS);
      return new Entry(
          json,
          id,
          valid,
          seconds,
          HTTP_DATE.format(seconds),
          CharacterJson.status(id, valid),
          profile);
    }
  }

  private final Map<Key, Entry> characters = new ConcurrentHashMap<>();
  private final Faults<Key> faults = new Faults<>();

  void put(Region region, CharacterProfile profile, Instant lastModified) {
    characters.put(
        Key.of(region, profile.realmSlug(), profile.name()),
        Entry.of(
            CharacterJson.render(region, profile),
            profile.id().value(),
            true,
            lastModified,
            Optional.of(profile)));
  }

  void putRaw(Key key, String json, Instant lastModified) {
    characters.put(
        key,
        Entry.of(
            json.getBytes(StandardCharsets.UTF_8),
            idOf(json),
            true,
            lastModified,
            Optional.empty()));
  }

  Optional<Entry> get(Key key) {
    return Optional.ofNullable(characters.get(key));
  }

  boolean remove(Key key) {
    return characters.remove(key) != null;
  }

  /** Gives the character a new id (another character now holds the name); false when absent. */
  boolean changeId(Key key, long newId, Instant lastModified) {
    return characters.computeIfPresent(
            key,
            (k, e) -> {
              byte[] json =
                  e.profile()
                      .map(
                          p ->
                              CharacterJson.render(
                                  k.region(),
                                  p.toBuilder()
                                      .id(dev.guildsync.core.BnetCharacterId.of(newId))
                                      .build()))
                      .orElseGet(() -> withId(e.json(), newId));
              return Entry.of(
                  json,
                  newId,
                  e.valid(),
                  lastModified,
                  e.profile()
                      .map(
                          p ->
                              p.toBuilder()
                                  .id(dev.guildsync.core.BnetCharacterId.of(newId))
                                  .build()));
            })
        != null;
  }

  boolean setValid(Key key, boolean valid) {
    return characters.computeIfPresent(
            key, (k, e) -> Entry.of(e.json(), e.id(), valid, e.lastModified(), e.profile()))
        != null;
  }

  int size() {
    return characters.size();
  }

  /** The characters' faults, keyed like the characters. */
  Faults<Key> faults() {
    return faults;
  }

  private static long idOf(String json) {
    try {
      JsonNode id = CharacterJson.MAPPER.readTree(json).path("id");
      return id.canConvertToLong() ? id.asLong() : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static byte[] withId(byte[] json, long newId) {
    try {
      JsonNode tree = CharacterJson.MAPPER.readTree(json);
      if (tree instanceof ObjectNode object) {
        object.put("id", newId);
        return object.toString().getBytes(StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      // not JSON: the fixture stays as it is
    }
    return json;
  }
}
