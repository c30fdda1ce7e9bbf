package dev.guildsync.simulator;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.RosterMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A deterministic world of guilds for benchmarks and demos: the same seed gives the same guilds.
 * Guild {@code g} (from 0) has Battle.net id {@code 10,000,001 + g} and member {@code m} of it the
 * character id {@code 100,000,001 + g * members + m}; names are unique per realm (a syllable and a
 * base-26 serial), realms are drawn from a few real slugs (accents included), about one member in
 * 30 lives on another realm than the guild's (connected realms), the first member is the guild
 * master (rank 0), the others have ranks 1 to 9; levels, classes (1 to 13) and races (allied races
 * included) are drawn from the seed.
 */
final class GeneratedGuilds {
  private static final List<String> REALMS =
      List.of(
          "argent-dawn",
          "silvermoon",
          "twisting-nether",
          "aggra-português",
          "marécage-de-zangar",
          "kazzak",
          "draenor",
          "ravencrest");
  private static final List<String> WORDS =
      List.of("Long", "Iron", "Silent", "Ember", "Frost", "Wild", "Golden", "Hollow", "Last");
  private static final List<String> NOUNS =
      List.of("Watch", "Oath", "Vanguard", "Circle", "Tide", "Lantern", "Pact", "Choir");
  private static final List<String> SYLLABLES =
      List.of("Ar", "Bel", "Cor", "Dra", "El", "Fen", "Gor", "Hal", "Ith", "Kel", "Mor", "Thal");
  private static final int[] RACES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 22, 25, 29, 30, 32, 34};

  private GeneratedGuilds() {}

  static List<GuildRoster> rosters(Region region, int count, int members, long seed) {
    if (count < 1 || count > 100_000 || members < 1 || members > 1_000) {
      throw new IllegalArgumentException(
          "a generated world has 1 to 100,000 guilds of 1 to 1,000 members: "
              + count
              + " x "
              + members);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<GuildRoster> rosters = new ArrayList<>(count);
    for (int g = 0; g < count; g++) {
      String realm = pick(random, REALMS);
      String name = pick(random, WORDS) + " " + pick(random, NOUNS) + " " + serial(g);
      List<RosterMember> list = new ArrayList<>(members);
      for (int m = 0; m < members; m++) {
        long n = (long) g * members + m;
        String home = random.nextInt(30) == 0 ? pick(random, REALMS) : realm;
        list.add(
            new RosterMember(
                BnetCharacterId.of(100_000_001L + n),
                new CharacterRef(region, home, pick(random, SYLLABLES) + serial(n)),
                random.nextInt(4) == 0 ? 10 + random.nextInt(70) : 80,
                1 + random.nextInt(13),
                RACES[random.nextInt(RACES.length)],
                m == 0 ? 0 : 1 + random.nextInt(9)));
      }
      Faction faction = random.nextBoolean() ? Faction.ALLIANCE : Faction.HORDE;
      rosters.add(
          new GuildRoster(
              BnetGuildId.of(10_000_001L + g), name, realm, Optional.of(faction), list));
    }
    return rosters;
  }

  private static String pick(SplittableRandom random, List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** {@code n} in base 26, lower-case letters: unique, and a legal character name part. */
  private static String serial(long n) {
    StringBuilder out = new StringBuilder();
    long rest = n;
    do {
      out.append((char) ('a' + rest % 26));
      rest /= 26;
    } while (rest > 0);
    return out.reverse().toString();
  }
}
