package dev.guildsync.testing.character;

import dev.guildsync.core.CharacterKey;

/**
 * What {@link CharacterRetentionContract} needs beyond a {@link StoreFixture}: the retention
 * columns of a row, and whether a row exists at all.
 */
public interface RetentionStoreFixture extends StoreFixture {

  /**
   * Reads a character row's retention columns.
   *
   * @throws AssertionError when there is no such row
   */
  RetentionColumns readRetention(CharacterKey key);

  /** Whether a character row with this key exists. */
  boolean exists(CharacterKey key);
}
