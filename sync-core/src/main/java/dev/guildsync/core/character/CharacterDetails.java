package dev.guildsync.core.character;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import dev.guildsync.core.detail.DetailDueRule;
import dev.guildsync.core.detail.DetailFetch;
import dev.guildsync.core.detail.DetailState;
import dev.guildsync.core.detail.DetailUpdate;
import dev.guildsync.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A character's details in a run: which are due after its profile answer (D2, D3), fetching them,
 * and what each answer writes (D4). Fetching happens in the character's own fetch task, after its
 * profile, so the run's bounded fetcher (and the client's quota behind the source) bounds the
 * details too: characters run concurrently, one character's details one after the other. A detail's
 * failure, 404 or bad body is that detail's outcome only, never its character's.
 */
final class CharacterDetails {
  /**
   * What was fetched for one character.
   *
   * @param login the last login the details were checked against
   * @param results each due detail's answer
   */
  record Fetched(Optional<Instant> login, Map<CharacterDetail, FetchResult<DetailData>> results) {
    static final Fetched NONE = new Fetched(Optional.empty(), Map.of());
  }

  private final Set<CharacterDetail> enabled;
  private final Optional<CharacterDetailPort> source;

  CharacterDetails(Set<CharacterDetail> enabled, Optional<CharacterDetailPort> source) {
    this.enabled = Set.copyOf(enabled);
    this.source = Objects.requireNonNull(source, "source");
    if (!enabled.isEmpty() && source.isEmpty()) {
      throw new IllegalStateException(
          "details " + CharacterDetail.wireNames(enabled) + " are enabled but no detail source");
    }
  }

  /**
   * Fetches {@code character}'s due details after {@code profile}: none unless the profile was
   * fetched (200) under the recorded id, or confirmed (304) (D3).
   */
  Fetched fetch(DueCharacter character, FetchResult<CharacterProfile> profile) {
    if (enabled.isEmpty()) {
      return Fetched.NONE;
    }
    Optional<Instant> login;
    if (profile instanceof FetchResult.Found<CharacterProfile> found) {
      CharacterProfile fetched = found.value();
      if (character.bnetCharacterId().map(id -> !id.equals(fetched.id())).orElse(false)) {
        return Fetched.NONE;
      }
      login = fetched.lastLogin().or(character::lastLogin);
    } else if (profile instanceof FetchResult.NotModified) {
      login = character.lastLogin();
    } else {
      return Fetched.NONE;
    }
    Map<CharacterDetail, FetchResult<DetailData>> results = new EnumMap<>(CharacterDetail.class);
    for (CharacterDetail detail : DetailDueRule.due(enabled, character.details(), login)) {
      results.put(detail, fetchOne(character, detail));
    }
    return new Fetched(login, results);
  }

  private FetchResult<DetailData> fetchOne(DueCharacter character, CharacterDetail detail) {
    Optional<String> since =
        Optional.ofNullable(character.details().get(detail)).flatMap(DetailState::lastModified);
    try {
      FetchResult<DetailData> result =
          source.orElseThrow().fetchDetail(character.ref(), detail, since);
      return result == null ? FetchResult.failed(false, "detail source returned null") : result;
    } catch (SyncException e) {
      throw e;
    } catch (RuntimeException e) {
      return FetchResult.failed(
          true, "detail source threw " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * What each fetched detail writes.
   *
   * @param character the claimed character
   * @param expected the Battle.net id the bodies must name (D4): the recorded one, else the
   *     profile's
   * @param fetched what was fetched
   * @param now the fetch time to record
   */
  static List<DetailUpdate> updates(
      DueCharacter character, Optional<BnetCharacterId> expected, Fetched fetched, Instant now) {
    List<DetailUpdate> updates = new ArrayList<>(fetched.results().size());
    fetched
        .results()
        .forEach(
            (detail, result) ->
                updates.add(update(character, expected, detail, result, fetched.login(), now)));
    return updates;
  }

  private static DetailUpdate update(
      DueCharacter character,
      Optional<BnetCharacterId> expected,
      CharacterDetail detail,
      FetchResult<DetailData> result,
      Optional<Instant> login,
      Instant now) {
    String failure;
    if (result instanceof FetchResult.Found<DetailData> found) {
      DetailData data = found.value();
      Optional<BnetCharacterId> named = data.character();
      if (data.detail() != detail) {
        failure = "the source answered " + data.detail().wireName() + " for " + detail.wireName();
      } else if (named.isPresent() && expected.isPresent() && !named.equals(expected)) {
        failure =
            "identity: the body names Battle.net character "
                + named.get()
                + ", not "
                + expected.get();
      } else {
        return new DetailUpdate(
            character.key(),
            detail,
            DetailFetch.FETCHED,
            login,
            found.lastModified(),
            now,
            Optional.of(data),
            Optional.empty());
      }
    } else if (result instanceof FetchResult.NotModified) {
      boolean asked =
          Optional.ofNullable(character.details().get(detail))
              .flatMap(DetailState::lastModified)
              .isPresent();
      if (asked) {
        return written(character, detail, DetailFetch.NOT_MODIFIED, login, now);
      }
      failure = "not modified, though the request was not conditional";
    } else if (result instanceof FetchResult.NotFound) {
      return written(character, detail, DetailFetch.ABSENT, login, now);
    } else {
      failure = ((FetchResult.Failed<DetailData>) result).reason();
    }
    return new DetailUpdate(
        character.key(),
        detail,
        DetailFetch.FAILED,
        login,
        Optional.empty(),
        now,
        Optional.empty(),
        Optional.of(Checks.storableReason(detail.wireName() + ": " + failure)));
  }

  private static DetailUpdate written(
      DueCharacter character,
      CharacterDetail detail,
      DetailFetch fetch,
      Optional<Instant> login,
      Instant now) {
    return new DetailUpdate(
        character.key(),
        detail,
        fetch,
        login,
        Optional.empty(),
        now,
        Optional.empty(),
        Optional.empty());
  }

  /** {@code change} carrying {@code updates}, when its case can carry details (D3). */
  static CharacterChange attach(CharacterChange change, List<DetailUpdate> updates) {
    if (updates.isEmpty()) {
      return change;
    }
    if (change instanceof CharacterChange.Refreshed refreshed) {
      return refreshed.withDetails(updates);
    }
    if (change instanceof CharacterChange.Common common
        && common.change() instanceof dev.guildsync.core.claim.CommonChange.Unchanged) {
      return new CharacterChange.Common(common.change(), updates);
    }
    return change;
  }
}
