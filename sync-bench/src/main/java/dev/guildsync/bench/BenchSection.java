package dev.guildsync.bench;

import dev.guildsync.example.UsageException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bench's measurements, selectable with {@code --sections}, so one measurement can be rerun
 * without paying for the slow others.
 */
enum BenchSection {
  STORE,
  END_TO_END,
  QUOTA,
  MEMORY,
  SHARED_QUOTA,
  ROSTER_SAVE,
  GUILD_ECONOMY,
  ACTIVITY_ECONOMY,
  DETAILS;

  /** The name on the command line: lower case, words joined by {@code -}. */
  String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The sections named, every one when {@code names} is null or empty.
   *
   * @throws UsageException when a name is not a section
   */
  static Set<BenchSection> parse(List<String> names) {
    if (names == null || names.isEmpty()) {
      return EnumSet.allOf(BenchSection.class);
    }
    Set<BenchSection> sections = EnumSet.noneOf(BenchSection.class);
    for (String name : names) {
      sections.add(
          Arrays.stream(values())
              .filter(s -> s.key().equals(name.trim().toLowerCase(Locale.ROOT)))
              .findFirst()
              .orElseThrow(
                  () ->
                      new UsageException(
                          "unknown bench section '"
                              + name
                              + "'; sections: "
                              + Arrays.stream(values())
                                  .map(BenchSection::key)
                                  .collect(Collectors.joining(",")))));
    }
    return sections;
  }
}
