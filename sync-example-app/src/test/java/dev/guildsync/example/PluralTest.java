package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {
  @Test
  void oneIsSingularEverythingElsePlural() {
    assertThat(Plural.count(1, "batch", "batches")).isEqualTo("1 batch");
    assertThat(Plural.count(0, "batch", "batches")).isEqualTo("0 batches");
    assertThat(Plural.count(2, "batch", "batches")).isEqualTo("2 batches");
    assertThat(Plural.count(12_345, "character", "characters")).isEqualTo("12,345 characters");
  }
}
