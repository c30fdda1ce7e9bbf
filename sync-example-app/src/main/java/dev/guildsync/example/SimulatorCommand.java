package dev.guildsync.example;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatedGuild;
import dev.guildsync.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code simulator}: the Battle.net simulator as a standalone server on loopback, with a generated
 * world and known credentials, so that {@code migrate}, {@code track-guild}, {@code sync} and
 * {@code run} can be tried before one has Battle.net credentials. Runs until Ctrl-C.
 */
@Command(
    name = "simulator",
    mixinStandardHelpOptions = true,
    description =
        "Serves a generated Battle.net world on loopback (Ctrl-C stops it), with the credentials"
            + " and the commands to try printed at start.")
final class SimulatorCommand implements Callable<Integer> {
  /** The simulator library's own credentials, the one pair every guide and test names. */
  static final SimulatorOptions OPTIONS = SimulatorOptions.defaults();

  private static final Instant WORLD_TIME = Instant.parse("2026-11-20T18:00:00Z");

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8880",
      description = "Loopback port to serve on (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(
      names = "--guilds",
      paramLabel = "N",
      defaultValue = "3",
      description = "Guilds in the world, 20 members each (default ${DEFAULT-VALUE}).")
  int guilds;

  @Option(
      names = "--characters",
      paramLabel = "N",
      defaultValue = "50",
      description = "Guildless characters besides the members (default ${DEFAULT-VALUE}).")
  int characters;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = "The same seed makes the same world (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws InterruptedException {
    if (guilds < 0 || guilds > 10_000 || characters < 0 || characters > 1_000_000) {
      throw new UsageException("--guilds must be 0 to 10,000 and --characters 0 to 1,000,000");
    }
    PrintWriter out = spec.commandLine().getOut();
    BattleNetSimulator simulator;
    try {
      simulator = BattleNetSimulator.start(OPTIONS, port);
    } catch (RuntimeException e) {
      throw new UsageException("--port " + port + " cannot be used: " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // Ctrl-C: the hook stops the server, then lets this thread return.
    Thread onShutdown =
        new Thread(
            () -> {
              simulator.close();
              stopped.countDown();
            },
            "guildsync-simulator-shutdown");
    Runtime.getRuntime().addShutdownHook(onShutdown);
    try (simulator) {
      List<SimulatedGuild> world =
          guilds == 0
              ? List.of()
              : simulator.guilds().generate(Region.EU, guilds, 20, seed, WORLD_TIME);
      for (int i = 0; i < characters; i++) {
        simulator.putCharacter(Region.EU, wanderer(i), WORLD_TIME);
      }
      SimulatorSession.print(out, simulator, world, characters);
      out.flush();
      stopped.await();
    } finally {
      removeHook(onShutdown);
    }
    return ExitCode.OK;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook is running or ran.
    }
  }

  private static CharacterProfile wanderer(int i) {
    return CharacterProfile.newBuilder()
        .id(BnetCharacterId.of(900_000_000L + i))
        .name("Wanderer" + i)
        .realmSlug("argent-dawn")
        .realmName("Argent Dawn")
        .level(10 + i % 71)
        .characterClass(i % 2 == 0 ? "Hunter" : "Mage")
        .race(i % 3 == 0 ? "Dwarf" : "Human")
        .lastLogin(WORLD_TIME.minusSeconds(3_600L * (i % 500)))
        .build();
  }
}
