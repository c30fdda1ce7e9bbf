package dev.guildsync.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.guildsync.core.Region;
import dev.guildsync.core.detail.CharacterDetail;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The profile summary and status endpoints: after the {@link ApiGate}'s checks, the character's
 * faults, then the character itself; and the detail endpoints, which {@link SimulatedDetails}
 * answers.
 */
final class ApiHandler implements HttpHandler {
  private static final String PREFIX = "/profile/wow/character/";

  private final World world;
  private final ApiGate gate;
  private final RequestMeter meter;
  private final SimulatedDetails details;

  ApiHandler(World world, ApiGate gate, RequestMeter meter, SimulatedDetails details) {
    this.world = world;
    this.gate = gate;
    this.meter = meter;
    this.details = details;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      String[] segments =
          uri.getRawPath().startsWith(PREFIX)
              ? uri.getRawPath().substring(PREFIX.length()).split("/", -1)
              : new String[0];
      boolean status = segments.length == 3 && segments[2].equals("status");
      Optional<CharacterDetail> detail =
          segments.length >= 3
              ? SimulatedDetails.of(
                  String.join("/", java.util.Arrays.asList(segments).subList(2, segments.length)))
              : Optional.empty();
      if (detail.isPresent()) {
        answerDetail(exchange, segments, detail.get());
        return;
      }
      Optional<Region> region = gate.admit(exchange, status ? meter.statuses : meter.profiles);
      if (region.isEmpty()) {
        return;
      }
      Optional<String> realm =
          segments.length == 2 || status ? Http.decodeSegment(segments[0]) : Optional.empty();
      Optional<String> name = realm.flatMap(r -> Http.decodeSegment(segments[1]));
      if (realm.isEmpty() || name.isEmpty()) {
        Http.send(exchange, 404, Http.NOT_FOUND);
        return;
      }
      answer(exchange, World.Key.of(region.get(), realm.get(), name.get()), status);
    }
  }

  private void answerDetail(HttpExchange exchange, String[] segments, CharacterDetail detail)
      throws IOException {
    Optional<Region> region = gate.admit(exchange, meter.details);
    if (region.isEmpty()) {
      return;
    }
    Optional<String> realm = Http.decodeSegment(segments[0]);
    Optional<String> name = realm.flatMap(r -> Http.decodeSegment(segments[1]));
    if (realm.isEmpty() || name.isEmpty()) {
      Http.send(exchange, 404, Http.NOT_FOUND);
      return;
    }
    details.answer(exchange, World.Key.of(region.get(), realm.get(), name.get()), detail);
  }

  private void answer(HttpExchange exchange, World.Key key, boolean status) throws IOException {
    if (!status) {
      meter.characterHit(key);
    }
    Http.pause(world.faults().delay(key));
    Optional<World.Entry> entry = world.get(key);
    Optional<Fault> fault = world.faults().next(key);
    if (fault.isPresent()) {
      byte[] whole = entry.map(e -> status ? e.statusJson() : e.json()).orElse(Http.NOT_FOUND);
      Faults.answer(exchange, fault.get(), whole, meter);
      return;
    }
    if (entry.isEmpty()) {
      Http.send(exchange, 404, Http.NOT_FOUND);
      return;
    }
    World.Entry e = entry.get();
    if (status) {
      Http.send(exchange, 200, e.statusJson());
      return;
    }
    if (ApiGate.notModifiedSince(exchange, e.lastModified())) {
      meter.notModified.increment();
      Http.send(exchange, 304, Http.EMPTY, "Last-Modified", e.lastModifiedHeader());
      return;
    }
    Http.send(exchange, 200, e.json(), "Last-Modified", e.lastModifiedHeader());
  }
}
