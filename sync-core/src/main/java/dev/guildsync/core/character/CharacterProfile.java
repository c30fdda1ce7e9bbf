package dev.guildsync.core.character;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.Faction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A character's profile summary as Battle.net returned it.
 *
 * @param id the Battle.net character id; a different id under the same name means another character
 * @param name the display name, e.g. {@code Ærøn}
 * @param realmSlug the realm slug, e.g. {@code argent-dawn}
 * @param realmName the realm's display name, e.g. {@code Argent Dawn}
 * @param level the character level, zero or more
 * @param characterClass the class's display name, e.g. {@code Paladin}
 * @param race the race's display name, e.g. {@code Dwarf}
 * @param faction the faction
 * @param activeSpec the active specialization's name; empty when none is set or it has no name
 * @param guild the guild the character is in; empty when guildless
 * @param achievementPoints achievement points, zero or more
 * @param averageItemLevel average item level, zero or more
 * @param equippedItemLevel equipped item level, zero or more
 * @param lastLogin the last login; empty when Battle.net did not say
 */
public record CharacterProfile(
    BnetCharacterId id,
    String name,
    String realmSlug,
    String realmName,
    int level,
    String characterClass,
    String race,
    Faction faction,
    Optional<String> activeSpec,
    Optional<ProfileGuild> guild,
    long achievementPoints,
    int averageItemLevel,
    int equippedItemLevel,
    Optional<Instant> lastLogin) {

  /**
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when a number is negative or the name is empty
   */
  public CharacterProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(realmSlug, "realmSlug");
    Objects.requireNonNull(realmName, "realmName");
    Objects.requireNonNull(characterClass, "characterClass");
    Objects.requireNonNull(race, "race");
    Objects.requireNonNull(faction, "faction");
    Objects.requireNonNull(activeSpec, "activeSpec");
    Objects.requireNonNull(guild, "guild");
    Objects.requireNonNull(lastLogin, "lastLogin");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be empty");
    }
    requireNotNegative(level, "level");
    requireNotNegative(achievementPoints, "achievementPoints");
    requireNotNegative(averageItemLevel, "averageItemLevel");
    requireNotNegative(equippedItemLevel, "equippedItemLevel");
  }

  private static void requireNotNegative(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
  }

  /** A builder; {@code id}, {@code name} and {@code realmSlug} are required, the rest default. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** A builder that starts from this profile. */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .name(name)
        .realmSlug(realmSlug)
        .realmName(realmName)
        .level(level)
        .characterClass(characterClass)
        .race(race)
        .faction(faction)
        .activeSpec(activeSpec.orElse(null))
        .guild(guild.orElse(null))
        .achievementPoints(achievementPoints)
        .averageItemLevel(averageItemLevel)
        .equippedItemLevel(equippedItemLevel)
        .lastLogin(lastLogin.orElse(null));
  }

  /** Builds a {@link CharacterProfile}; not thread-safe. */
  public static final class Builder {
    private BnetCharacterId id;
    private String name;
    private String realmSlug;
    private String realmName = "";
    private int level;
    private String characterClass = "";
    private String race = "";
    private Faction faction = Faction.NEUTRAL;
    private String activeSpec;
    private ProfileGuild guild;
    private long achievementPoints;
    private int averageItemLevel;
    private int equippedItemLevel;
    private Instant lastLogin;

    private Builder() {}

    public Builder id(BnetCharacterId id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    public Builder realmSlug(String realmSlug) {
      this.realmSlug = Objects.requireNonNull(realmSlug, "realmSlug");
      return this;
    }

    public Builder realmName(String realmName) {
      this.realmName = Objects.requireNonNull(realmName, "realmName");
      return this;
    }

    public Builder level(int level) {
      this.level = level;
      return this;
    }

    public Builder characterClass(String characterClass) {
      this.characterClass = Objects.requireNonNull(characterClass, "characterClass");
      return this;
    }

    public Builder race(String race) {
      this.race = Objects.requireNonNull(race, "race");
      return this;
    }

    public Builder faction(Faction faction) {
      this.faction = Objects.requireNonNull(faction, "faction");
      return this;
    }

    /** The active spec's name, or null for none. */
    public Builder activeSpec(String activeSpec) {
      this.activeSpec = activeSpec;
      return this;
    }

    /** The guild, or null for guildless. */
    public Builder guild(ProfileGuild guild) {
      this.guild = guild;
      return this;
    }

    public Builder achievementPoints(long achievementPoints) {
      this.achievementPoints = achievementPoints;
      return this;
    }

    public Builder averageItemLevel(int averageItemLevel) {
      this.averageItemLevel = averageItemLevel;
      return this;
    }

    public Builder equippedItemLevel(int equippedItemLevel) {
      this.equippedItemLevel = equippedItemLevel;
      return this;
    }

    /** The last login, or null when unknown. */
    public Builder lastLogin(Instant lastLogin) {
      this.lastLogin = lastLogin;
      return this;
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
          Optional.ofNullable(activeSpec),
          Optional.ofNullable(guild),
          achievementPoints,
          averageItemLevel,
          equippedItemLevel,
          Optional.ofNullable(lastLogin));
    }
  }
}
