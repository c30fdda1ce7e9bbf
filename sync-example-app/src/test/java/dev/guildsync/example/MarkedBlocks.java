package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * The code a document shows, cut from the file it comes from: the lines between each {@code //
 * kind:name} (or {@code <!-- kind:name -->}) and the next {@code kind:end} marker, unindented,
 * trailing blank lines dropped, the segments one blank line apart.
 */
final class MarkedBlocks {
  private MarkedBlocks() {}

  static String block(List<String> source, String kind, String name) {
    List<List<String>> segments = new ArrayList<>();
    List<String> segment = null;
    for (String line : source) {
      String marker = marker(line, kind);
      if (marker.equals(name)) {
        segment = new ArrayList<>();
      } else if (segment != null && marker.equals("end")) {
        segments.add(segment);
        segment = null;
      } else if (segment != null) {
        segment.add(line);
      }
    }
    assertThat(segments).as("segments marked %s:%s", kind, name).isNotEmpty();
    StringBuilder block = new StringBuilder();
    for (List<String> lines : segments) {
      while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
        lines.remove(lines.size() - 1);
      }
      int indent =
          lines.stream()
              .filter(l -> !l.isBlank())
              .mapToInt(l -> l.length() - l.stripLeading().length())
              .min()
              .orElse(0);
      if (block.length() > 0) {
        block.append('\n');
      }
      lines.forEach(l -> block.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
    }
    return block.toString();
  }

  /** The name a marker line of {@code kind} carries, or "" for any other line. */
  private static String marker(String line, String kind) {
    String s = line.strip();
    String java = "// " + kind + ":";
    String xml = "<!-- " + kind + ":";
    if (s.startsWith(java)) {
      return s.substring(java.length());
    }
    if (s.startsWith(xml) && s.endsWith(" -->")) {
      return s.substring(xml.length(), s.length() - " -->".length());
    }
    return "";
  }
}
