package dev.guildsync.bnet;

import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.guild.GuildRef;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Builds character and guild paths; every segment is percent-encoded so no input can change the
 * path.
 */
final class PathSegments {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegments() {}

  /**
   * {@code /profile/wow/character/{realmSlug}/{name}}: the name lower-cased with {@link
   * Locale#ROOT}, both segments percent-encoded as UTF-8.
   */
  static String characterPath(CharacterRef character) {
    return "/profile/wow/character/"
        + encode(character.realmSlug())
        + "/"
        + encode(character.name().toLowerCase(Locale.ROOT));
  }

  /**
   * {@code /data/wow/guild/{realmSlug}/{guildSlug}/roster}: the guild slug lower-cased with {@link
   * Locale#ROOT}, both segments percent-encoded as UTF-8.
   */
  static String guildPath(GuildRef guild) {
    return "/data/wow/guild/"
        + encode(guild.realmSlug())
        + "/"
        + encode(guild.nameSlug().toLowerCase(Locale.ROOT))
        + "/roster";
  }

  /**
   * Percent-encodes everything but RFC 3986 unreserved characters, so {@code /}, {@code ?}, {@code
   * #}, {@code %}, spaces ({@code %20}, never {@code +}) and non-ASCII all become escapes.
   */
  static String encode(String segment) {
    byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    String encoded = out.toString();
    // "." and ".." survive encoding and would be resolved as path steps; CharacterRef rejects
    // them already, this keeps the guarantee local.
    if (encoded.equals(".") || encoded.equals("..")) {
      throw new IllegalArgumentException("path segment must not be '.' or '..'");
    }
    return encoded;
  }
}
