package dev.guildsync.bnet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.Faction;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.ProfileGuild;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a profile summary body into a core {@link CharacterProfile}, or says why it cannot. A body
 * is never half-mapped: a missing required field ({@code id}, {@code name}, {@code realm.slug}) or
 * an impossible value is a {@link Invalid} answer. Thread-safe.
 */
final class ProfileMapper {
  private final ObjectMapper json;

  ProfileMapper(ObjectMapper json) {
    this.json = json;
  }

  /** Why a body could not be mapped; the reason names the problem and never the body. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String reason) {
      super(reason, null, false, false);
    }
  }

  CharacterProfile profile(byte[] body) throws Invalid {
    ProfileJson.Profile p = read(body, ProfileJson.Profile.class);
    if (p.id() == null) {
      throw new Invalid("profile lacks required field 'id'");
    }
    if (p.name() == null || p.name().isBlank()) {
      throw new Invalid("profile lacks required field 'name'");
    }
    if (p.realm() == null || p.realm().slug() == null || p.realm().slug().isBlank()) {
      throw new Invalid("profile lacks required field 'realm.slug'");
    }
    try {
      return CharacterProfile.newBuilder()
          .id(BnetCharacterId.of(p.id()))
          .name(p.name())
          .realmSlug(p.realm().slug())
          .realmName(orEmpty(p.realm().name()))
          .level(orZero(p.level()))
          .achievementPoints(p.achievementPoints() == null ? 0 : p.achievementPoints())
          .faction(
              p.faction() == null || p.faction().type() == null
                  ? Faction.NEUTRAL
                  : Faction.parse(p.faction().type()))
          .race(p.race() == null ? "" : orEmpty(p.race().name()))
          .characterClass(p.characterClass() == null ? "" : orEmpty(p.characterClass().name()))
          .activeSpec(activeSpec(p.activeSpec()).orElse(null))
          .guild(guild(p.guild()).orElse(null))
          .averageItemLevel(orZero(p.averageItemLevel()))
          .equippedItemLevel(orZero(p.equippedItemLevel()))
          .lastLogin(
              p.lastLoginTimestamp() == null || p.lastLoginTimestamp() <= 0
                  ? null
                  : Instant.ofEpochMilli(p.lastLoginTimestamp()))
          .build();
    } catch (IllegalArgumentException e) {
      throw new Invalid("profile has an invalid value: " + e.getMessage());
    }
  }

  ProfileJson.Status status(byte[] body) throws Invalid {
    ProfileJson.Status s = read(body, ProfileJson.Status.class);
    if (s.id() == null) {
      throw new Invalid("status lacks required field 'id'");
    }
    if (s.isValid() == null) {
      throw new Invalid("status lacks required field 'is_valid'");
    }
    return s;
  }

  private <T> T read(byte[] body, Class<T> type) throws Invalid {
    if (body.length == 0) {
      throw new Invalid("malformed JSON: empty body");
    }
    try {
      T value = json.readValue(body, type);
      if (value == null) {
        throw new Invalid("malformed JSON: body is null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new Invalid("malformed JSON: " + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new Invalid("malformed JSON: " + e.getClass().getSimpleName());
    }
  }

  private static Optional<String> activeSpec(ProfileJson.Named spec) {
    if (spec == null || spec.name() == null || spec.name().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(spec.name());
  }

  private static Optional<ProfileGuild> guild(ProfileJson.Guild guild) throws Invalid {
    if (guild == null) {
      return Optional.empty();
    }
    if (guild.id() == null) {
      throw new Invalid("guild lacks required field 'guild.id'");
    }
    if (guild.name() == null || guild.realm() == null || guild.realm().slug() == null) {
      throw new Invalid("guild lacks required field 'guild.name' or 'guild.realm.slug'");
    }
    return Optional.of(
        new ProfileGuild(BnetGuildId.of(guild.id()), guild.name(), guild.realm().slug()));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  static String oneLine(String text) {
    String flat = text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
  }
}
