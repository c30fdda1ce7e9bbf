package dev.guildsync.bnet;

import dev.guildsync.core.Region;
import java.net.URI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Default hosts and locales per region, and the checks every configured endpoint must pass. */
final class Endpoints {
  static final URI GLOBAL_TOKEN_URL = URI.create("https://oauth.battle.net/token");
  static final URI CN_TOKEN_URL = URI.create("https://oauth.battlenet.com.cn/token");

  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");
  private static final Pattern LOCALE = Pattern.compile("[a-z]{2}_[A-Z]{2}");

  private Endpoints() {}

  static URI defaultApiBaseUrl(Region region) {
    return region == Region.CN
        ? URI.create("https://gateway.battlenet.com.cn")
        : URI.create("https://" + region.code() + ".api.blizzard.com");
  }

  static URI defaultTokenUrl(Region region) {
    return region == Region.CN ? CN_TOKEN_URL : GLOBAL_TOKEN_URL;
  }

  static Map<Region, String> defaultLocales() {
    Map<Region, String> locales = new EnumMap<>(Region.class);
    locales.put(Region.US, "en_US");
    locales.put(Region.EU, "en_GB");
    locales.put(Region.KR, "ko_KR");
    locales.put(Region.TW, "zh_TW");
    locales.put(Region.CN, "zh_CN");
    return locales;
  }

  /** The {@code Battlenet-Namespace} value for profile data in {@code region}. */
  static String profileNamespace(Region region) {
    return "profile-" + region.code();
  }

  static String requireLocale(String locale) {
    if (locale == null || !LOCALE.matcher(locale).matches()) {
      throw new IllegalArgumentException(
          "locale must look like en_US (language_COUNTRY): " + locale);
    }
    return locale;
  }

  /**
   * Accepts https anywhere and plain http only on a loopback host, with no user info, query or
   * fragment; drops a trailing slash from the path.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static URI requireEndpoint(URI uri, String what) {
    if (uri == null) {
      throw new NullPointerException(what);
    }
    String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new IllegalArgumentException(what + " must be an absolute http(s) URL: " + uri);
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          what + " must not carry user info, a query or a fragment: " + uri.getHost());
    }
    if (scheme.equals("http")) {
      if (!isLoopback(uri.getHost())) {
        throw new IllegalArgumentException(
            what
                + " uses plain http on a non-loopback host ("
                + uri.getHost()
                + "): use https; plain http is accepted only for 127.0.0.0/8, localhost and [::1]");
      }
    } else if (!scheme.equals("https")) {
      throw new IllegalArgumentException(what + " must use https: " + uri);
    }
    String path = Optional.ofNullable(uri.getRawPath()).orElse("");
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return URI.create(scheme + "://" + uri.getRawAuthority() + path);
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.equals("[::1]") || h.equals("[0:0:0:0:0:0:0:1]")) {
      return true;
    }
    if (!IPV4_LOOPBACK.matcher(h).matches()) {
      return false;
    }
    for (String part : h.split("\\.")) {
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean isPlainHttp(URI uri) {
    return "http".equalsIgnoreCase(uri.getScheme());
  }
}
