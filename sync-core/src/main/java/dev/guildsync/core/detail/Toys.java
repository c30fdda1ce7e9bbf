package dev.guildsync.core.detail;

import dev.guildsync.core.BnetCharacterId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The toys of a character's account. Immutable.
 *
 * @param toyIds the toy ids, sorted ascending, each once, at most {@value #MAX_TOYS}
 */
public record Toys(List<Long> toyIds) implements DetailData {
  /** The most toys accepted; the game has about a thousand. */
  public static final int MAX_TOYS = 10_000;

  /**
   * Sorts the ids and drops repeats.
   *
   * @throws IllegalArgumentException when there are more than {@value #MAX_TOYS} or an id is not
   *     positive
   */
  public Toys {
    toyIds = DetailChecks.atMost(toyIds, MAX_TOYS, "toys");
    toyIds.forEach(id -> DetailChecks.positive(id, "toy id"));
    toyIds = toyIds.stream().sorted().distinct().toList();
  }

  @Override
  public CharacterDetail detail() {
    return CharacterDetail.TOYS;
  }

  /** Toys name no character. */
  @Override
  public Optional<BnetCharacterId> character() {
    return Optional.empty();
  }

  /**
   * The original system's toy hash: lower-case hex SHA-256 of the ids, sorted ascending, written in
   * decimal and joined by {@code ,} (an empty list hashes the empty string).
   */
  public String hash() {
    String joined = toyIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(joined.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
