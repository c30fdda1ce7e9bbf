package dev.guildsync.spring;

import static dev.guildsync.core.detail.CharacterDetail.EQUIPMENT;
import static dev.guildsync.core.detail.CharacterDetail.MYTHIC_PLUS;
import static dev.guildsync.core.detail.CharacterDetail.PROFESSIONS;
import static dev.guildsync.core.detail.CharacterDetail.RAIDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * {@code guildsync.sync.details}: bound by the CLI's names and handed to the character settings.
 */
class SyncSettingsTest {
  @Test
  void detailsBindByTheirWireNamesAndReachTheCharacterSettings() {
    SyncProperties sync = bind(Map.of("guildsync.sync.details", "raids, mythic-plus"));

    assertThat(SyncSettings.characters(sync).details())
        .containsExactlyInAnyOrder(RAIDS, MYTHIC_PLUS);
  }

  @Test
  void theDefaultIsTheCommandLinesThree() {
    assertThat(SyncSettings.characters(new SyncProperties()).details())
        .containsExactlyInAnyOrder(EQUIPMENT, MYTHIC_PLUS, PROFESSIONS);
  }

  private static SyncProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bind("guildsync.sync", SyncProperties.class)
        .get();
  }
}
