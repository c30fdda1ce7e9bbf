package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Region;
import org.junit.jupiter.api.Test;

class PathSegmentsTest {
  @Test
  void namesAreLowerCasedWithRootLocaleAndPercentEncoded() {
    assertThat(PathSegments.characterPath(new CharacterRef(Region.EU, "argent-dawn", "Ærøn")))
        .isEqualTo("/profile/wow/character/argent-dawn/%C3%A6r%C3%B8n");
    assertThat(PathSegments.characterPath(new CharacterRef(Region.EU, "twisting-nether", "Иванка")))
        .isEqualTo("/profile/wow/character/twisting-nether/%D0%B8%D0%B2%D0%B0%D0%BD%D0%BA%D0%B0");
    // Locale.ROOT: an upper-case I is "i", never the Turkish dotless "ı" (%C4%B1).
    assertThat(PathSegments.characterPath(new CharacterRef(Region.EU, "r", "ILIKE")))
        .endsWith("/ilike");
  }

  @Test
  void everyReservedCharacterIsEscaped() {
    assertThat(PathSegments.encode("a b+c&d=e;f:g@h'i"))
        .isEqualTo("a%20b%2Bc%26d%3De%3Bf%3Ag%40h%27i");
    assertThat(PathSegments.encode("x/y?z#w%")).isEqualTo("x%2Fy%3Fz%23w%25");
    assertThat(PathSegments.encode("aggra-portugues_1.~")).isEqualTo("aggra-portugues_1.~");
  }
}
