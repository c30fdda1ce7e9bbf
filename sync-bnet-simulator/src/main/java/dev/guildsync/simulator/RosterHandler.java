package dev.guildsync.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.guildsync.core.Region;
import java.io.IOException;
import java.util.Optional;

/**
 * The guild roster endpoint ({@code /data/wow/guild/{realm}/{slug}/roster}): after the {@link
 * ApiGate}'s checks, the guild's faults, then the guild served under that slug (404 when none is,
 * or when it is unavailable), 304 when not modified since {@code If-Modified-Since}.
 */
final class RosterHandler implements HttpHandler {
  static final String PREFIX = "/data/wow/guild/";

  private final SimulatedGuilds guilds;
  private final ApiGate gate;
  private final RequestMeter meter;

  RosterHandler(SimulatedGuilds guilds, ApiGate gate, RequestMeter meter) {
    this.guilds = guilds;
    this.gate = gate;
    this.meter = meter;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Optional<Region> region = gate.admit(exchange, meter.rosters);
      if (region.isEmpty()) {
        return;
      }
      String path = exchange.getRequestURI().getRawPath();
      String[] segments = path.substring(PREFIX.length()).split("/", -1);
      Optional<String> realm =
          segments.length == 3 && segments[2].equals("roster")
              ? Http.decodeSegment(segments[0])
              : Optional.empty();
      Optional<String> slug = realm.flatMap(r -> Http.decodeSegment(segments[1]));
      if (realm.isEmpty() || slug.isEmpty()) {
        Http.send(exchange, 404, Http.NOT_FOUND);
        return;
      }
      World.Key key = World.Key.of(region.get(), realm.get(), slug.get());
      meter.guildHit(key);
      answer(exchange, key);
    }
  }

  private void answer(HttpExchange exchange, World.Key key) throws IOException {
    Http.pause(guilds.faults().delay(key));
    Optional<GuildState> guild = guilds.served(key);
    Optional<Fault> fault = guilds.faults().next(key);
    if (fault.isPresent()) {
      Faults.answer(
          exchange, fault.get(), guild.map(GuildState::json).orElse(Http.NOT_FOUND), meter);
      return;
    }
    if (guild.isEmpty()) {
      Http.send(exchange, 404, Http.NOT_FOUND);
      return;
    }
    GuildState g = guild.get();
    if (ApiGate.notModifiedSince(exchange, g.lastModified())) {
      meter.notModified.increment();
      Http.send(exchange, 304, Http.EMPTY, "Last-Modified", g.lastModifiedHeader());
      return;
    }
    Http.send(exchange, 200, g.json(), "Last-Modified", g.lastModifiedHeader());
  }
}
