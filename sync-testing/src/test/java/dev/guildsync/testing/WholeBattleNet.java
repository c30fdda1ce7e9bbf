package dev.guildsync.testing;

import dev.guildsync.RequestCounts;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterProfilePort;
import dev.guildsync.core.character.CharacterStatus;
import dev.guildsync.core.character.CharacterStatusPort;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildRosterPort;
import dev.guildsync.testing.character.ScriptedProfileSource;
import dev.guildsync.testing.character.ScriptedStatusSource;
import dev.guildsync.testing.guild.ScriptedRosterSource;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every source port in one object over the scripted sources, as {@code BattleNetClient} is over
 * Battle.net: what {@code GuildSync.Builder.battleNet} takes. It counts nothing; {@link Counting}
 * does.
 */
class WholeBattleNet implements CharacterProfilePort, CharacterStatusPort, GuildRosterPort {
  final ScriptedProfileSource profiles = new ScriptedProfileSource();
  final ScriptedStatusSource statuses = new ScriptedStatusSource();
  final ScriptedRosterSource rosters = new ScriptedRosterSource();

  @Override
  public FetchResult<CharacterProfile> fetchProfile(
      CharacterRef character, Optional<String> lastModified) {
    return answered(profiles.fetchProfile(character, lastModified));
  }

  @Override
  public FetchResult<CharacterStatus> checkStatus(CharacterRef character) {
    return answered(statuses.checkStatus(character));
  }

  @Override
  public FetchResult<GuildRoster> fetchRoster(GuildRef guild, Optional<String> lastModified) {
    return answered(rosters.fetchRoster(guild, lastModified));
  }

  <T> FetchResult<T> answered(FetchResult<T> result) {
    return result;
  }

  /**
   * Counts as a client would: every call sent, a failed answer retried once and throttled once. The
   * counts start high, as a client's do when it served runs before.
   */
  static final class Counting extends WholeBattleNet implements RequestCounts.Counter {
    private final AtomicLong sent = new AtomicLong(100);
    private final AtomicLong failed = new AtomicLong(10);

    @Override
    <T> FetchResult<T> answered(FetchResult<T> result) {
      sent.incrementAndGet();
      if (result instanceof FetchResult.Failed<T>) {
        sent.incrementAndGet();
        failed.incrementAndGet();
      }
      return result;
    }

    @Override
    public RequestCounts requestCounts() {
      return new RequestCounts(sent.get(), failed.get(), failed.get() + 1);
    }
  }
}
