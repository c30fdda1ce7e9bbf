package dev.guildsync.spring;

import dev.guildsync.GuildSync;
import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.core.character.CharacterSyncSettings;
import org.springframework.validation.Errors;

/**
 * The checks of {@link GuildSyncProperties}: each value goes through the setter of the library
 * builder it ends up in, which throws for what it cannot use, so the ranges and messages are the
 * library's own and a bad value is rejected under its property's name before anything is built.
 */
final class PropertyChecks {
  private PropertyChecks() {}

  static void validate(GuildSyncProperties properties, Errors errors) {
    GuildSyncProperties.BattleNet bnet = properties.getBattlenet();
    SyncProperties sync = properties.getSync();
    BattleNetClient.Builder client = BattleNetClient.newBuilder();
    check(
        errors,
        "battlenet.requestsPerSecond",
        () -> client.requestsPerSecond(bnet.getRequestsPerSecond()));
    check(
        errors,
        "battlenet.requestsPerHour",
        () -> client.requestsPerHour(bnet.getRequestsPerHour()));
    if (bnet.getApiBaseUrl() != null) {
      check(errors, "battlenet.apiBaseUrl", () -> client.apiBaseUrl(bnet.getApiBaseUrl()));
    }
    if (bnet.getTokenUrl() != null) {
      check(errors, "battlenet.tokenUrl", () -> client.tokenUrl(bnet.getTokenUrl()));
    }
    CharacterSyncSettings.Builder settings = CharacterSyncSettings.newBuilder();
    check(errors, "sync.staleAfter", () -> settings.staleAfter(sync.getStaleAfter()));
    check(errors, "sync.activeWithin", () -> settings.activeWithin(sync.getActiveWithin()));
    check(errors, "sync.idleStaleAfter", () -> settings.idleStaleAfter(sync.getIdleStaleAfter()));
    check(errors, "sync.concurrency", () -> settings.concurrency(sync.getConcurrency()));
    check(errors, "sync.lease", () -> settings.lease(sync.getLease()));
    check(errors, "sync.retention", () -> settings.retention(sync.getRetention()));
    check(
        errors, "sync.untrackedGuilds", () -> settings.untrackedGuilds(sync.getUntrackedGuilds()));
    if (sync.getMaxCharacters() != null) {
      check(
          errors,
          "sync.maxCharacters",
          () -> settings.maxCharactersPerRun(sync.getMaxCharacters()));
    }
    check(errors, "sync.phases", () -> GuildSync.newBuilder().phases(sync.getPhases()));
    if (sync.getEvery() != null && (sync.getEvery().isNegative() || sync.getEvery().isZero())) {
      errors.rejectValue("sync.every", "positive", "must be positive: " + sync.getEvery());
    }
  }

  private static void check(Errors errors, String field, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException | NullPointerException e) {
      errors.rejectValue(field, "invalid", String.valueOf(e.getMessage()));
    }
  }
}
