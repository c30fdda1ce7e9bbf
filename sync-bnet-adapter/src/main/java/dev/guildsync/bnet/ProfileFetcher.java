package dev.guildsync.bnet;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterStatus;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import java.util.Objects;
import java.util.Optional;

/**
 * The character endpoints (profile summary and status): one {@link Endpoint} and one {@link
 * ApiGet#get} call each, after the arguments and the client's open state are checked; the details'
 * endpoints are {@link DetailFetcher}'s. Thread-safe.
 */
final class ProfileFetcher {
  private final ClientResources client;
  private final Endpoint<CharacterProfile> profile;
  private final Endpoint<CharacterStatus> status;
  private final DetailFetcher details;

  ProfileFetcher(ClientResources client) {
    this.client = client;
    var mapper = new ProfileMapper(client.json());
    this.profile = new Endpoint<>("profile", BoundedBody.PROFILE_MAX_BYTES, mapper::profile);
    this.status =
        new Endpoint<>(
            "status", BoundedBody.PROFILE_MAX_BYTES, body -> characterStatus(mapper.status(body)));
    this.details = new DetailFetcher(client);
  }

  FetchResult<DetailData> fetchDetail(
      CharacterRef character, CharacterDetail detail, Optional<String> lastModified) {
    return details.fetchDetail(character, detail, lastModified);
  }

  FetchResult<CharacterProfile> fetchProfile(
      CharacterRef character, Optional<String> lastModified) {
    Objects.requireNonNull(character, "character");
    Objects.requireNonNull(lastModified, "lastModified");
    return get(profile, character, "", lastModified);
  }

  /**
   * Never conditional, so a 304 is a failure (see {@link Endpoint#dispatch}), never not modified.
   */
  FetchResult<CharacterStatus> checkStatus(CharacterRef character) {
    Objects.requireNonNull(character, "character");
    return get(status, character, "/status", Optional.empty());
  }

  private <T> FetchResult<T> get(
      Endpoint<T> endpoint, CharacterRef character, String suffix, Optional<String> lastModified) {
    String path = PathSegments.characterPath(character) + suffix;
    return client.api().get(endpoint, character.region(), path, lastModified, character);
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
