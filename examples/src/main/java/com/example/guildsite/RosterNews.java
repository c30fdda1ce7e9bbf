package com.example.guildsite;

import dev.guildsync.core.guild.GuildOutcome;
import dev.guildsync.core.guild.GuildSyncListener;
import dev.guildsync.core.guild.MemberEventKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The site's own code on top of the guild sync: one line of news per guild whose roster changed,
 * e.g. {@code "The Long Watch: 2 joined, 1 left"}, for the front page or a Discord channel.
 */
public final class RosterNews implements GuildSyncListener {
  private final List<String> lines = new ArrayList<>();

  @Override
  public synchronized void guildSynced(GuildOutcome outcome) {
    int joined = outcome.count(MemberEventKind.JOINED) + outcome.count(MemberEventKind.REJOINED);
    int left = outcome.count(MemberEventKind.LEFT);
    if (joined > 0 || left > 0) {
      lines.add(outcome.result().item().name() + ": " + joined + " joined, " + left + " left");
    }
  }

  /** The news so far, oldest first. */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }
}
