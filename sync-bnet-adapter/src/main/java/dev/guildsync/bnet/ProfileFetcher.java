package dev.guildsync.bnet;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterStatus;
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

  FetchResult<CharacterProfile> fetchProfile(
      CharacterRef character, Optional<String> lastModified) {
    return api.get(
        profile,
        character.region(),
        PathSegments.characterPath(character),
        lastModified,
        character);
  }

  /**
   * Never conditional, so a 304 is a failure (see {@link Endpoint#dispatch}), never not modified.
   */
  FetchResult<CharacterStatus> checkStatus(CharacterRef character) {
    return api.get(
        status,
        character.region(),
        PathSegments.characterPath(character) + "/status",
        Optional.empty(),
        character);
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
