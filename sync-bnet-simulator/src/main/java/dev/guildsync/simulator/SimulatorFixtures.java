package dev.guildsync.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Battle.net profile summaries with the real field set, shipped with the simulator for {@link
 * BattleNetSimulator#putRawCharacter}. Thread-safe.
 */
public final class SimulatorFixtures {
  /** Ærøn on argent-dawn (eu), Paladin in guild 115248327 "The Long Watch". */
  public static final String GUILDED = "guilded";

  /** Keniön on area-52 (us), guildless Horde mage. */
  public static final String GUILDLESS = "guildless";

  /** Иванка on twisting-nether (eu), a neutral level 10 whose active_spec has id 0 and no name. */
  public static final String SPEC_WITHOUT_NAME = "spec-without-name";

  /** Ðrakh on pozzo-delleternita (eu), with fields the client does not know. */
  public static final String UNKNOWN_FIELDS = "unknown-fields";

  private SimulatorFixtures() {}

  /**
   * The fixture's JSON text.
   *
   * @throws IllegalArgumentException when there is no fixture by that name
   */
  public static String read(String name) {
    String resource = "fixtures/" + name + ".json";
    try (InputStream in = SimulatorFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture named " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
