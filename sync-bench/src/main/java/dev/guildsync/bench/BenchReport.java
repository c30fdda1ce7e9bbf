package dev.guildsync.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The bench's results: a table for people (stdout) and the same numbers as JSON. */
final class BenchReport {
  static final String STORE = "1 store throughput";
  static final String END_TO_END = "2 end-to-end sync";
  static final String QUOTA = "3 quota adherence";
  static final String MEMORY = "4 memory";
  static final String ROSTER_SAVE = "6 guild roster save";
  static final String GUILD_ECONOMY = "7 guild quota economy";

  /** One table line; {@code met} is null when the line has no target. */
  record Row(String measurement, String metric, String value, String target, Boolean met) {}

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Object> json = new LinkedHashMap<>();

  BenchReport(Map<String, Object> options) {
    json.put("machine", machine());
    json.put("options", options);
  }

  void row(String measurement, String metric, String value) {
    rows.add(new Row(measurement, metric, value, "", null));
  }

  void row(String measurement, String metric, String value, String target, boolean met) {
    rows.add(new Row(measurement, metric, value, target, met));
  }

  /** The JSON section of one measurement. */
  void section(String key, Object value) {
    json.put(key, value);
  }

  Map<String, Object> json() {
    Map<String, Object> root = new LinkedHashMap<>(json);
    List<Map<String, Object>> table = new ArrayList<>();
    for (Row row : rows) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("measurement", row.measurement());
      line.put("metric", row.metric());
      line.put("value", row.value());
      line.put("target", row.target());
      line.put("met", row.met());
      table.add(line);
    }
    root.put("table", table);
    return root;
  }

  static Map<String, Object> machine() {
    Runtime runtime = Runtime.getRuntime();
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", runtime.availableProcessors());
    machine.put("maxHeapBytes", runtime.maxMemory());
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      machine.put("memoryBytes", os.getTotalMemorySize());
    }
    machine.put(
        "jdk",
        System.getProperty("java.runtime.version") + " " + System.getProperty("java.vm.name"));
    machine.put("jdkVendor", System.getProperty("java.vendor"));
    machine.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    machine.put("gc", gcNames());
    return machine;
  }

  private static String gcNames() {
    return String.join(
        ", ",
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(java.lang.management.GarbageCollectorMXBean::getName)
            .toList());
  }

  static String machineLine(Map<String, Object> m) {
    return String.format(
        Locale.ROOT,
        "Machine: %s cores, %s RAM, max heap %s, Java %s (%s), %s, GC %s",
        m.get("cores"),
        m.containsKey("memoryBytes") ? bytes(((Number) m.get("memoryBytes")).longValue()) : "?",
        bytes(((Number) m.get("maxHeapBytes")).longValue()),
        m.get("jdk"),
        m.get("jdkVendor"),
        m.get("os"),
        m.get("gc"));
  }

  @SuppressWarnings("unchecked")
  void print(PrintWriter out) {
    out.println(machineLine((Map<String, Object>) json.get("machine")));
    Object roundTrip = ((Map<String, Object>) json.get("options")).get("dbRoundTripMillis");
    if (roundTrip instanceof Double ms && ms > 0) {
      out.printf(
          Locale.ROOT, "Database: every call through a proxy adding %s ms per round trip%n", ms);
    }
    out.println();
    int[] width = {"measurement".length(), "metric".length(), "value".length(), "target".length()};
    for (Row row : rows) {
      width[0] = Math.max(width[0], row.measurement().length());
      width[1] = Math.max(width[1], row.metric().length());
      width[2] = Math.max(width[2], row.value().length());
      width[3] = Math.max(width[3], row.target().length());
    }
    String format =
        "%-" + width[0] + "s  %-" + width[1] + "s  %" + width[2] + "s  %-" + width[3] + "s  %s%n";
    out.printf(Locale.ROOT, format, "measurement", "metric", "value", "target", "met?");
    out.printf(
        Locale.ROOT,
        format,
        "-".repeat(width[0]),
        "-".repeat(width[1]),
        "-".repeat(width[2]),
        "-".repeat(width[3]),
        "----");
    String previous = null;
    for (Row row : rows) {
      String measurement = row.measurement().equals(previous) ? "" : row.measurement();
      previous = row.measurement();
      String met = row.met() == null ? "" : row.met() ? "yes" : "NO";
      out.printf(Locale.ROOT, format, measurement, row.metric(), row.value(), row.target(), met);
    }
    out.flush();
  }

  static String bytes(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  static String decimal(double value) {
    return String.format(Locale.ROOT, "%,.1f", value);
  }
}
