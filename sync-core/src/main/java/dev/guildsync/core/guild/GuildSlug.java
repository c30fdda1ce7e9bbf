package dev.guildsync.core.guild;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * G1's guild slug: taken from a Battle.net {@code href} when one is known, else derived from the
 * guild's name. Stateless and thread-safe.
 */
public final class GuildSlug {
  private GuildSlug() {}

  /**
   * Derives the slug from a guild name: stripped, lower case with {@link Locale#ROOT} (never the
   * default locale: Turkish dotless i), spaces to {@code -}. Apostrophes, accents and other scripts
   * are kept; the adapter percent-encodes the slug as a path segment.
   *
   * @return the slug, e.g. {@code the-long-watch} for {@code The Long Watch}; never null
   * @throws NullPointerException when {@code name} is null
   */
  public static String fromName(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  /**
   * The slug in a Battle.net guild {@code href}, e.g. {@code the-long-watch} in {@code
   * https://eu.api.blizzard.com/data/wow/guild/argent-dawn/the-long-watch?namespace=profile-eu}.
   *
   * @return the decoded slug; empty when the href is malformed or names no guild (never throws)
   */
  public static Optional<String> fromHref(String href) {
    try {
      String path = new URI(href).getPath();
      if (path == null) {
        return Optional.empty();
      }
      String[] parts = path.split("/");
      for (int i = 0; i + 2 < parts.length; i++) {
        if (parts[i].equals("guild") && !parts[i + 2].isBlank()) {
          return Optional.of(parts[i + 2]);
        }
      }
      return Optional.empty();
    } catch (URISyntaxException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
