package dev.guildsync.bnet;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterStatusResult;
import dev.guildsync.core.character.ProfileFetchResult;
import java.util.Optional;

/**
 * The character endpoints (profile summary and status): one {@link Endpoint} and one {@link
 * ApiGet#get} call each. Thread-safe.
 */
final class ProfileFetcher {
  private final ApiGet api;
  private final Endpoint<CharacterProfile> profile;
  private final Endpoint<CharacterStatus> status;

  ProfileFetcher(ApiGet api, ProfileMapper mapper) {
    this.api = api;
    this.profile = new Endpoint<>("profile", BoundedBody.PROFILE_MAX_BYTES, mapper::profile);
    this.status =
        new Endpoint<>(
            "status", BoundedBody.PROFILE_MAX_BYTES, body -> characterStatus(mapper.status(body)));
  }

  ProfileFetchResult fetch(CharacterRef character, Optional<String> lastModified) {
    ApiResult<CharacterProfile> result =
        api.get(
            profile,
            character.region(),
            PathSegments.characterPath(character),
            lastModified,
            character);
    return ApiResults.fold(
        result,
        ProfileFetchResult.Found::new,
        ProfileFetchResult::notModified,
        ProfileFetchResult::notFound,
        ProfileFetchResult::failed);
  }

  ApiResult<CharacterStatus> status(CharacterRef character) {
    return api.get(
        status,
        character.region(),
        PathSegments.characterPath(character) + "/status",
        Optional.empty(),
        character);
  }

  /** The status as the core's {@link CharacterStatusResult}: the one path, another shape. */
  CharacterStatusResult checkStatus(CharacterRef character) {
    return ApiResults.fold(
        status(character),
        (s, lastModified) -> new CharacterStatusResult.Answered(s.id(), s.valid()),
        () -> new CharacterStatusResult.Failed(false, "status answered 304 to a plain request"),
        CharacterStatusResult.NotFound::new,
        CharacterStatusResult.Failed::new);
  }

  private static CharacterStatus characterStatus(ProfileJson.Status s)
      throws ProfileMapper.Invalid {
    try {
      return new CharacterStatus(BnetCharacterId.of(s.id()), s.isValid());
    } catch (IllegalArgumentException e) {
      throw new ProfileMapper.Invalid("status has an invalid id: " + ApiGet.describe(e));
    }
  }
}
