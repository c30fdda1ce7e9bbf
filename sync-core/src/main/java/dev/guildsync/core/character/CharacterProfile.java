package dev.guildsync.core.character;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.Faction;
import dev.guildsync.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A character's profile summary as Battle.net returned it. An empty optional means Battle.net did
 * not say, so a store keeps what it holds for that field; it never means zero or blank.
 *
 * <p>Every value is one a store can keep (checked here, so every profile source gets the check):
 * text holds no NUL character and at most 256 characters, numbers are not negative, and the last
 * login lies between 1970 and the end of year 9999.
 *
 * @param id the Battle.net character id; a different id under the same name means another character
 * @param name the display name, e.g. {@code Ærøn}
 * @param realmSlug the realm slug, e.g. {@code argent-dawn}
 * @param realmName the realm's display name, e.g. {@code Argent Dawn}; empty text when not given
 * @param level the character level
 * @param characterClass the class's display name, e.g. {@code Paladin}
 * @param race the race's display name, e.g. {@code Dwarf}
 * @param faction the faction
 * @param activeSpec the active specialization's name; empty when none is set or it has no name
 * @param guild the guild the character is in; empty when guildless
 * @param achievementPoints achievement points
 * @param averageItemLevel average item level
 * @param equippedItemLevel equipped item level
 * @param lastLogin the last login
 */
public record CharacterProfile(
    BnetCharacterId id,
    String name,
    String realmSlug,
    String realmName,
    OptionalInt level,
    Optional<String> characterClass,
    Optional<String> race,
    Optional<Faction> faction,
    Optional<String> activeSpec,
    Optional<ProfileGuild> guild,
    OptionalLong achievementPoints,
    OptionalInt averageItemLevel,
    OptionalInt equippedItemLevel,
    Optional<Instant> lastLogin) {

  /**
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException naming the component when the name is blank, a number is
   *     negative, text holds a NUL character or is too long, or the last login is out of range
   */
  public CharacterProfile {
    Objects.requireNonNull(id, "id");
    Checks.requireStorableText(name, "name");
    Checks.requireStorableText(realmSlug, "realmSlug");
    Checks.requireStorableText(realmName, "realmName");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(characterClass, "characterClass")
        .ifPresent(v -> Checks.requireStorableText(v, "characterClass"));
    Objects.requireNonNull(race, "race").ifPresent(v -> Checks.requireStorableText(v, "race"));
    Objects.requireNonNull(faction, "faction");
    Objects.requireNonNull(activeSpec, "activeSpec")
        .ifPresent(v -> Checks.requireStorableText(v, "activeSpec"));
    Objects.requireNonNull(guild, "guild");
    Objects.requireNonNull(achievementPoints, "achievementPoints");
    Objects.requireNonNull(averageItemLevel, "averageItemLevel");
    Objects.requireNonNull(equippedItemLevel, "equippedItemLevel");
    Objects.requireNonNull(lastLogin, "lastLogin")
        .ifPresent(v -> Checks.requireStorableInstant(v, "lastLogin"));
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be empty");
    }
    level.ifPresent(v -> Checks.requireNotNegative(v, "level"));
    achievementPoints.ifPresent(v -> Checks.requireNotNegative(v, "achievementPoints"));
    averageItemLevel.ifPresent(v -> Checks.requireNotNegative(v, "averageItemLevel"));
    equippedItemLevel.ifPresent(v -> Checks.requireNotNegative(v, "equippedItemLevel"));
  }

  /**
   * A builder: {@code id}, {@code name} and {@code realmSlug} are required, {@code realmName}
   * defaults to empty text, every other field to absent. Not thread-safe.
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** A builder that starts from this profile, absent fields included. */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).name(name).realmSlug(realmSlug).realmName(realmName);
    level.ifPresent(b::level);
    characterClass.ifPresent(b::characterClass);
    race.ifPresent(b::race);
    faction.ifPresent(b::faction);
    achievementPoints.ifPresent(b::achievementPoints);
    averageItemLevel.ifPresent(b::averageItemLevel);
    equippedItemLevel.ifPresent(b::equippedItemLevel);
    return b.activeSpec(activeSpec.orElse(null))
        .guild(guild.orElse(null))
        .lastLogin(lastLogin.orElse(null));
  }

  /**
   * Builds a {@link CharacterProfile}. Each setter checks its value at once, as the record does,
   * and throws {@link NullPointerException} for null (where null is not documented as allowed) or
   * {@link IllegalArgumentException} naming the problem. A field whose setter is not called is
   * absent: Battle.net did not say. Not thread-safe.
   */
  public static final class Builder {
    private BnetCharacterId id;
    private String name;
    private String realmSlug;
    private String realmName = "";
    private OptionalInt level = OptionalInt.empty();
    private Optional<String> characterClass = Optional.empty();
    private Optional<String> race = Optional.empty();
    private Optional<Faction> faction = Optional.empty();
    private Optional<String> activeSpec = Optional.empty();
    private Optional<ProfileGuild> guild = Optional.empty();
    private OptionalLong achievementPoints = OptionalLong.empty();
    private OptionalInt averageItemLevel = OptionalInt.empty();
    private OptionalInt equippedItemLevel = OptionalInt.empty();
    private Optional<Instant> lastLogin = Optional.empty();

    private Builder() {}

    /** The Battle.net character id (required). */
    public Builder id(BnetCharacterId id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The display name (required): not blank, no NUL, at most 256 characters. */
    public Builder name(String name) {
      if (Checks.requireStorableText(name, "name").isBlank()) {
        throw new IllegalArgumentException("name must not be empty");
      }
      this.name = name;
      return this;
    }

    /** The realm slug (required): no NUL, at most 256 characters. */
    public Builder realmSlug(String realmSlug) {
      this.realmSlug = Checks.requireStorableText(realmSlug, "realmSlug");
      return this;
    }

    /** The realm's display name: no NUL, at most 256 characters; default empty text. */
    public Builder realmName(String realmName) {
      this.realmName = Checks.requireStorableText(realmName, "realmName");
      return this;
    }

    /** The level, zero or more; default absent. */
    public Builder level(int level) {
      this.level = count(level, "level");
      return this;
    }

    /** The class's display name: no NUL, at most 256 characters; default absent. */
    public Builder characterClass(String characterClass) {
      this.characterClass = text(characterClass, "characterClass");
      return this;
    }

    /** The race's display name: no NUL, at most 256 characters; default absent. */
    public Builder race(String race) {
      this.race = text(race, "race");
      return this;
    }

    /** The faction; default absent. */
    public Builder faction(Faction faction) {
      this.faction = Optional.of(Objects.requireNonNull(faction, "faction"));
      return this;
    }

    /** The active spec's name (no NUL, at most 256 characters), or null for none; default none. */
    public Builder activeSpec(String activeSpec) {
      this.activeSpec =
          Optional.ofNullable(activeSpec).map(v -> Checks.requireStorableText(v, "activeSpec"));
      return this;
    }

    /** The guild, or null for guildless; default guildless. */
    public Builder guild(ProfileGuild guild) {
      this.guild = Optional.ofNullable(guild);
      return this;
    }

    /** Achievement points, zero or more; default absent. */
    public Builder achievementPoints(long achievementPoints) {
      this.achievementPoints =
          OptionalLong.of(Checks.requireNotNegative(achievementPoints, "achievementPoints"));
      return this;
    }

    /** Average item level, zero or more; default absent. */
    public Builder averageItemLevel(int averageItemLevel) {
      this.averageItemLevel = count(averageItemLevel, "averageItemLevel");
      return this;
    }

    /** Equipped item level, zero or more; default absent. */
    public Builder equippedItemLevel(int equippedItemLevel) {
      this.equippedItemLevel = count(equippedItemLevel, "equippedItemLevel");
      return this;
    }

    /**
     * The last login, between 1970-01-01 and the end of year 9999, or null when unknown; default
     * unknown.
     */
    public Builder lastLogin(Instant lastLogin) {
      this.lastLogin =
          Optional.ofNullable(lastLogin).map(v -> Checks.requireStorableInstant(v, "lastLogin"));
      return this;
    }

    private static OptionalInt count(int value, String what) {
      return OptionalInt.of((int) Checks.requireNotNegative(value, what));
    }

    private static Optional<String> text(String value, String what) {
      return Optional.of(Checks.requireStorableText(value, what));
    }

    /**
     * @throws NullPointerException when id, name or realm slug was not set
     * @throws IllegalArgumentException as {@link CharacterProfile}'s constructor
     */
    public CharacterProfile build() {
      return new CharacterProfile(
          id,
          name,
          realmSlug,
          realmName,
          level,
          characterClass,
          race,
          faction,
          activeSpec,
          guild,
          achievementPoints,
          averageItemLevel,
          equippedItemLevel,
          lastLogin);
    }
  }
}
