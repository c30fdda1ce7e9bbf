package dev.guildsync.example;

import java.util.Map;
import java.util.Optional;

/** The process environment, where secrets come from. Never printed. */
public final class Environment {
  static final String CLIENT_ID = "BNET_CLIENT_ID";
  static final String CLIENT_SECRET = "BNET_CLIENT_SECRET";
  static final String DB_PASSWORD = "GUILDSYNC_DB_PASSWORD";

  private final Map<String, String> values;

  public Environment(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
  }

  /**
   * @throws UsageException naming the variable when it is not set
   */
  String require(String name, String what) {
    return get(name)
        .orElseThrow(
            () -> new UsageException(what + " missing: set the " + name + " environment variable"));
  }

  @Override
  public String toString() {
    return "Environment[" + values.size() + " variables]";
  }
}
