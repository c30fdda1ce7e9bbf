package dev.guildsync.simulator;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.RosterMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Scripts one simulated guild's life between requests. Every change that alters the roster moves
 * its {@code Last-Modified} on by at least one second (so a conditional request after it gets 200,
 * and 304 again after that), and updates the members' profiles. Each method returns {@code this}
 * for chaining; a method naming a character that is not a member throws {@link
 * NoSuchElementException}. Thread-safe.
 */
public final class SimulatedGuild {
  private final SimulatedGuilds guilds;
  private final Region region;
  private final BnetGuildId id;

  SimulatedGuild(SimulatedGuilds guilds, Region region, BnetGuildId id) {
    this.guilds = guilds;
    this.region = region;
    this.id = id;
  }

  /** The guild's Battle.net id, which no change alters. */
  public BnetGuildId id() {
    return id;
  }

  /** Where its roster is served now: region, realm slug and the slug of its current name. */
  public GuildRef ref() {
    return guilds.state(region, id).ref();
  }

  /** The roster as it is served now. */
  public GuildRoster roster() {
    return guilds.state(region, id).roster();
  }

  /** The roster's current {@code Last-Modified}. */
  public Instant lastModified() {
    return guilds.state(region, id).lastModified();
  }

  /** Roster requests received under its current slug. */
  public long requests() {
    return guilds.requests(ref());
  }

  /**
   * Adds a member (its profile then names the guild).
   *
   * @throws IllegalArgumentException when a member has that Battle.net id already
   */
  public SimulatedGuild join(RosterMember member) {
    Objects.requireNonNull(member, "member");
    return edit(
        r -> {
          List<RosterMember> members = new ArrayList<>(r.members());
          members.add(member);
          return with(r, r.name(), members);
        });
  }

  /** Removes a member (its profile then names no guild). */
  public SimulatedGuild leave(BnetCharacterId member) {
    return edit(
        r -> {
          require(r, member);
          return with(
              r, r.name(), r.members().stream().filter(m -> !m.id().equals(member)).toList());
        });
  }

  /** Gives a member another rank (0 is the guild master). */
  public SimulatedGuild changeRank(BnetCharacterId member, int rank) {
    return editMember(
        member,
        m -> new RosterMember(m.id(), m.character(), m.level(), m.classId(), m.raceId(), rank));
  }

  /** Renames a member: same id, its profile is then served under the new name only. */
  public SimulatedGuild renameMember(BnetCharacterId member, String newName) {
    return editMember(
        member, m -> moved(m, new CharacterRef(region, m.character().realmSlug(), newName)));
  }

  /** Moves a member to another realm: same id and name, profile served on the new realm only. */
  public SimulatedGuild moveMember(BnetCharacterId member, String newRealmSlug) {
    return editMember(
        member, m -> moved(m, new CharacterRef(region, newRealmSlug, m.character().name())));
  }

  /** Replaces every member at once ({@code List.of()} serves an empty roster). */
  public SimulatedGuild setMembers(List<RosterMember> members) {
    return edit(r -> with(r, r.name(), members));
  }

  /**
   * Renames the guild (a paid service): same id, served under the new name's slug; the old slug
   * answers 404. Members' profiles name the new name.
   */
  public SimulatedGuild rename(String newName) {
    return edit(r -> with(r, newName, r.members()));
  }

  /**
   * Makes the roster answer 404 ({@code false}) or be served again ({@code true}); the roster and
   * its {@code Last-Modified} are kept.
   */
  public SimulatedGuild setAvailable(boolean available) {
    guilds.setAvailable(region, id, available);
    return this;
  }

  private SimulatedGuild edit(UnaryOperator<GuildRoster> change) {
    guilds.change(region, id, change);
    return this;
  }

  private SimulatedGuild editMember(BnetCharacterId member, UnaryOperator<RosterMember> change) {
    return edit(
        r -> {
          require(r, member);
          return with(
              r,
              r.name(),
              r.members().stream().map(m -> m.id().equals(member) ? change.apply(m) : m).toList());
        });
  }

  private static RosterMember moved(RosterMember m, CharacterRef to) {
    return new RosterMember(m.id(), to, m.level(), m.classId(), m.raceId(), m.rank());
  }

  private static GuildRoster with(GuildRoster r, String name, List<RosterMember> members) {
    return new GuildRoster(r.id(), name, r.realmSlug(), r.faction(), members);
  }

  private static void require(GuildRoster roster, BnetCharacterId member) {
    if (roster.members().stream().noneMatch(m -> m.id().equals(member))) {
      throw new NoSuchElementException("character " + member + " is not a member");
    }
  }

  @Override
  public String toString() {
    return "SimulatedGuild[" + region.code() + "/" + id + "]";
  }
}
