package dev.guildsync.testing.character;

import dev.guildsync.core.CharacterKey;

/**
 * What {@link CharacterDetailsContract} needs beyond a {@link RetentionStoreFixture}: a character's
 * stored details, read behind the store's back.
 */
public interface DetailStoreFixture extends RetentionStoreFixture {

  /**
   * Reads what is stored of a character's details; {@link StoredDetails#none()} for a character
   * with none, or none left (a purged or deleted one).
   */
  StoredDetails readDetails(CharacterKey key);
}
