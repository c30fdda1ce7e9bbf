package dev.guildsync.testing.character;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import dev.guildsync.core.detail.Equipment;
import dev.guildsync.core.detail.MythicPlus;
import dev.guildsync.core.detail.Professions;
import dev.guildsync.core.detail.Raids;
import dev.guildsync.core.detail.Toys;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Invented detail projections for tests: small, valid, one of each detail. */
public final class TestDetails {
  private TestDetails() {}

  /** Two items, both level {@code level}: a head without enchant and an enchanted ring. */
  public static Equipment equipment(long bnetId, int level) {
    return new Equipment(
        Optional.of(BnetCharacterId.of(bnetId)),
        List.of(
            new Equipment.Item(
                "HEAD",
                900001,
                Optional.of("Helm of Invented Values"),
                level,
                "EPIC",
                List.of(1001, 1002),
                List.of(),
                List.of(),
                Optional.of("Hero 2/6")),
            new Equipment.Item(
                "FINGER_1",
                900002,
                Optional.empty(),
                level,
                "RARE",
                List.of(),
                List.of(7001),
                List.of(800001L),
                Optional.empty())));
  }

  /** A rating of {@code rating} (orange), one run this period (period 1001). */
  public static MythicPlus mythicPlus(long bnetId, double rating) {
    return new MythicPlus(
        Optional.of(BnetCharacterId.of(bnetId)),
        OptionalDouble.of(rating),
        Optional.of(MythicPlus.hexColor(255, 128, 0)),
        OptionalLong.of(1001),
        List.of(
            new MythicPlus.Run(
                501,
                Optional.of("The Invented Vault"),
                12,
                Duration.ofMinutes(31),
                true,
                Instant.parse("2026-11-20T20:00:00Z"))),
        List.of(13, 14));
  }

  /** One primary with one tier, one secondary without tiers (as archaeology). */
  public static Professions professions() {
    return new Professions(
        List.of(
            new Professions.Profession(
                171,
                Optional.of("Alchemy"),
                List.of(new Professions.Tier(2901, Optional.of("Invented Alchemy"), 80, 100)),
                OptionalInt.empty(),
                OptionalInt.empty())),
        List.of(
            new Professions.Profession(
                794, Optional.empty(), List.of(), OptionalInt.of(950), OptionalInt.of(950))));
  }

  /** One raid: {@code heroicKills} of 8 bosses on heroic, the last killed at {@code lastKill}. */
  public static Raids raids(long bnetId, int heroicKills, Instant lastKill) {
    List<Raids.Encounter> kills =
        java.util.stream.IntStream.rangeClosed(1, heroicKills)
            .mapToObj(
                i ->
                    new Raids.Encounter(
                        3000 + i, Optional.of("Boss " + i), 1, Optional.of(lastKill)))
            .toList();
    return new Raids(
        Optional.of(BnetCharacterId.of(bnetId)),
        Optional.of("The Invented Expansion"),
        List.of(
            new Raids.Instance(
                1301,
                Optional.of("Hall of Invention"),
                List.of(
                    new Raids.Mode("NORMAL", 8, 8, List.of()),
                    new Raids.Mode("HEROIC", heroicKills, 8, kills)))));
  }

  /** Three toys. */
  public static Toys toys() {
    return new Toys(List.of(3003L, 101L, 2002L));
  }

  /** A valid projection of {@code detail} for character {@code bnetId}. */
  public static DetailData of(CharacterDetail detail, long bnetId) {
    return switch (detail) {
      case EQUIPMENT -> equipment(bnetId, 480);
      case MYTHIC_PLUS -> mythicPlus(bnetId, 2450.5);
      case PROFESSIONS -> professions();
      case RAIDS -> raids(bnetId, 3, Instant.parse("2026-11-18T21:00:00Z"));
      case TOYS -> toys();
    };
  }
}
