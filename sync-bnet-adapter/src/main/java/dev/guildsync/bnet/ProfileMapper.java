package dev.guildsync.bnet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.Faction;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.ProfileGuild;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns a profile summary body into a core {@link CharacterProfile}, or says why it cannot. A body
 * is never half-mapped: a missing required field ({@code id}, {@code name}, {@code realm.slug}) or
 * an impossible value (one the profile refuses: NUL in text, absurd lengths, negative numbers, a
 * last login no store can keep; or a number out of its field's range) is a {@link Invalid} answer.
 * An optional field that is absent or null stays absent, never zero or blank. Thread-safe.
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
    ProfileJson.Profile p = read(json, body, ProfileJson.Profile.class);
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
      CharacterProfile.Builder profile =
          CharacterProfile.newBuilder()
              .id(BnetCharacterId.of(p.id()))
              .name(p.name())
              .realmSlug(p.realm().slug())
              .realmName(p.realm().name() == null ? "" : p.realm().name())
              .activeSpec(activeSpec(p.activeSpec()).orElse(null))
              .guild(guild(p.guild()).orElse(null));
      // A field that is absent or null was not said: it stays absent, so the store keeps its value.
      ifPresent(p.level(), profile::level);
      ifPresent(p.achievementPoints(), profile::achievementPoints);
      ifPresent(p.averageItemLevel(), profile::averageItemLevel);
      ifPresent(p.equippedItemLevel(), profile::equippedItemLevel);
      ifPresent(
          p.faction() == null ? null : p.faction().type(), t -> profile.faction(Faction.parse(t)));
      ifPresent(p.race() == null ? null : p.race().name(), profile::race);
      ifPresent(
          p.characterClass() == null ? null : p.characterClass().name(), profile::characterClass);
      if (p.lastLoginTimestamp() != null && p.lastLoginTimestamp() > 0) {
        profile.lastLogin(Instant.ofEpochMilli(p.lastLoginTimestamp()));
      }
      return profile.build();
    } catch (IllegalArgumentException e) {
      throw new Invalid("profile has an invalid value: " + e.getMessage());
    }
  }

  private static <T> void ifPresent(T value, Consumer<T> set) {
    if (value != null) {
      set.accept(value);
    }
  }

  ProfileJson.Status status(byte[] body) throws Invalid {
    ProfileJson.Status s = read(json, body, ProfileJson.Status.class);
    if (s.id() == null) {
      throw new Invalid("status lacks required field 'id'");
    }
    if (s.isValid() == null) {
      throw new Invalid("status lacks required field 'is_valid'");
    }
    return s;
  }

  /** Reads a whole body as {@code type}; shared by every endpoint's mapper. */
  static <T> T read(ObjectMapper json, byte[] body, Class<T> type) throws Invalid {
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
      throw new Invalid("malformed JSON" + where(e) + ": " + oneLine(e.getOriginalMessage()));
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

  /** Where in the body the problem is, e.g. {@code " at 'level'"}; empty when unknown. */
  private static String where(JsonProcessingException e) {
    StringBuilder path = new StringBuilder();
    if (e instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference step : mapping.getPath()) {
        if (step.getFieldName() != null) {
          path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
        } else if (step.getIndex() >= 0) {
          path.append('[').append(step.getIndex()).append(']');
        }
      }
    } else if (e.getProcessor() instanceof JsonParser parser
        && parser.getParsingContext() != null) {
      String pointer = parser.getParsingContext().pathAsPointer().toString();
      path.append(pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.'));
    }
    return path.length() == 0 ? "" : " at '" + oneLine(path.toString()) + "'";
  }

  static String oneLine(String text) {
    String flat = text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
  }
}
