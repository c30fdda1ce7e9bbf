package dev.guildsync.core;

import java.util.Objects;

/**
 * Validation of the strings that end up in a Battle.net request path, shared by every sync's
 * records. Stateless and thread-safe.
 */
public final class Names {
  /** The most code points a name or slug may have. */
  public static final int MAX_LENGTH = 64;

  private Names() {}

  /**
   * Rejects what could change a URL path or a log line: empty, too long, path separators, query and
   * fragment markers, percent signs (pre-encoded input), {@code ..}, a lone {@code .} and control
   * characters.
   *
   * @param value the name or slug to check
   * @param what what the value is, for the message, e.g. {@code "realm slug"}
   * @return {@code value}, unchanged
   * @throws NullPointerException naming {@code what} when {@code value} is null
   * @throws IllegalArgumentException naming the bad value when it is unsafe
   */
  public static String requireSafePathSegment(String value, String what) {
    if (value == null) {
      throw new NullPointerException(what);
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
      throw new IllegalArgumentException(
          what + " must be at most " + MAX_LENGTH + " characters: " + quote(value));
    }
    if (value.contains("..")) {
      throw new IllegalArgumentException(what + " must not contain '..': " + quote(value));
    }
    if (value.equals(".")) {
      // A path step like "..": an HTTP client resolves it away, so the request would miss.
      throw new IllegalArgumentException(what + " must not be '.': " + quote(value));
    }
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (cp == '/' || cp == '\\' || cp == '?' || cp == '#' || cp == '%') {
        throw new IllegalArgumentException(
            what + " must not contain '" + Character.toString(cp) + "': " + quote(value));
      }
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
        throw new IllegalArgumentException(
            what + " must not contain control characters: " + quote(value));
      }
      i += Character.charCount(cp);
    }
    return value;
  }

  /**
   * Checks a Battle.net path to something in a realm, as {@link CharacterRef} and {@code GuildRef}
   * name a character and a guild: a region and two {@linkplain #requireSafePathSegment safe
   * segments}.
   *
   * @param what what the last segment is, for the message, e.g. {@code "character name"}
   * @throws NullPointerException when a value is null
   * @throws IllegalArgumentException naming the bad value when a segment is unsafe
   */
  public static void requireRealmPath(Region region, String realmSlug, String name, String what) {
    Objects.requireNonNull(region, "region");
    requireSafePathSegment(realmSlug, "realm slug");
    requireSafePathSegment(name, what);
  }

  /**
   * A realm path as text, e.g. {@code eu/argent-dawn/Ærøn}: what the refs' {@code toString} say.
   */
  public static String realmPath(Region region, String realmSlug, String name) {
    return region.code() + "/" + realmSlug + "/" + name;
  }

  /**
   * Quotes a value for an error message, escaping control characters so the message stays one line.
   *
   * @return the value in double quotes; never null
   */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    value
        .codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04x", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.append('"').toString();
  }
}
