package dev.guildsync.core;

/**
 * Names a character the way Battle.net does: region, realm slug and character name.
 *
 * <p>The name and slug end up in a request path, so the constructor rejects anything that could
 * change that path: empty values, more than 64 characters, {@code / \ ? # %}, {@code ..}, a lone
 * {@code .} and control characters. Every adapter gets that check for free. Case is kept as given.
 *
 * @param region the character's region
 * @param realmSlug the Battle.net realm slug, e.g. {@code argent-dawn}; opaque, used as given
 * @param name the character name in any case, e.g. {@code Ærøn}
 */
public record CharacterRef(Region region, String realmSlug, String name) {
  /**
   * @throws IllegalArgumentException naming the bad value when the slug or name is unsafe
   * @throws NullPointerException when any component is null
   */
  public CharacterRef {
    Names.requireRealmPath(region, realmSlug, name, "character name");
  }

  @Override
  public String toString() {
    return Names.realmPath(region, realmSlug, name);
  }
}
