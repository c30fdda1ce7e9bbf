package dev.guildsync.spring;

import dev.guildsync.Phase;
import dev.guildsync.core.character.RetentionPolicy;
import dev.guildsync.core.character.UntrackedGuildPolicy;
import dev.guildsync.core.detail.CharacterDetail;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code guildsync.sync.*}: when and how each run syncs; each property has the default and the
 * meaning of the example app's sync option of the same name.
 */
public class SyncProperties {
  /**
   * How often to sync (6h, 30m, 7d, PT6H); unset: no scheduler. A run that overruns delays the next
   * one, never overlaps it. Needs the Battle.net credentials.
   */
  private Duration every;

  /** Whether the first scheduled run starts at startup (else one period after it). */
  private boolean runOnStart = true;

  /** The phases each run runs, guilds always before characters. */
  private Set<Phase> phases = EnumSet.allOf(Phase.class);

  /** Sync guilds and characters last synced longer ago than this. */
  private Duration staleAfter = Duration.ofHours(6);

  /** A character whose last login is older than this is idle. */
  private Duration activeWithin = Duration.ofDays(14);

  /** Sync idle characters last synced longer ago than this (never more often than active ones). */
  private Duration idleStaleAfter = Duration.ofDays(7);

  /** What happens to a character Battle.net's status endpoint calls invalid. */
  private RetentionPolicy retention = RetentionPolicy.PURGE;

  /** Guilds profiles name that no local guild tracks: report them, or register them. */
  private UntrackedGuildPolicy untrackedGuilds = UntrackedGuildPolicy.REPORT;

  /**
   * Character details fetched after a login (equipment, mythic-plus, professions, raids, toys);
   * empty: none. The default is the CLI's, the original system's three.
   */
  private Set<CharacterDetail> details =
      EnumSet.of(
          CharacterDetail.EQUIPMENT, CharacterDetail.MYTHIC_PLUS, CharacterDetail.PROFESSIONS);

  /** Fetches in flight at most (guild rosters: at most 64). */
  private int concurrency = 8;

  /** The most characters (and guilds) one run handles; unset: every one that is due. */
  private Integer maxCharacters;

  /** How long a batch stays reserved after its last renewal (a crashed run's comes back then). */
  private Duration lease = Duration.ofMinutes(1);

  public Duration getEvery() {
    return every;
  }

  public void setEvery(Duration every) {
    this.every = every;
  }

  public boolean isRunOnStart() {
    return runOnStart;
  }

  public void setRunOnStart(boolean runOnStart) {
    this.runOnStart = runOnStart;
  }

  public Set<Phase> getPhases() {
    return phases;
  }

  public void setPhases(Set<Phase> phases) {
    this.phases = phases;
  }

  public Duration getStaleAfter() {
    return staleAfter;
  }

  public void setStaleAfter(Duration staleAfter) {
    this.staleAfter = staleAfter;
  }

  public Duration getActiveWithin() {
    return activeWithin;
  }

  public void setActiveWithin(Duration activeWithin) {
    this.activeWithin = activeWithin;
  }

  public Duration getIdleStaleAfter() {
    return idleStaleAfter;
  }

  public void setIdleStaleAfter(Duration idleStaleAfter) {
    this.idleStaleAfter = idleStaleAfter;
  }

  public Set<CharacterDetail> getDetails() {
    return details;
  }

  public void setDetails(Set<CharacterDetail> details) {
    this.details = details;
  }

  public RetentionPolicy getRetention() {
    return retention;
  }

  public void setRetention(RetentionPolicy retention) {
    this.retention = retention;
  }

  public UntrackedGuildPolicy getUntrackedGuilds() {
    return untrackedGuilds;
  }

  public void setUntrackedGuilds(UntrackedGuildPolicy untrackedGuilds) {
    this.untrackedGuilds = untrackedGuilds;
  }

  public int getConcurrency() {
    return concurrency;
  }

  public void setConcurrency(int concurrency) {
    this.concurrency = concurrency;
  }

  public Integer getMaxCharacters() {
    return maxCharacters;
  }

  public void setMaxCharacters(Integer maxCharacters) {
    this.maxCharacters = maxCharacters;
  }

  public Duration getLease() {
    return lease;
  }

  public void setLease(Duration lease) {
    this.lease = lease;
  }
}
