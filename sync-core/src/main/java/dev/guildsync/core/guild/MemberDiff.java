package dev.guildsync.core.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * G2 and G3 as a pure function of the stored membership and a received roster: who joined, left,
 * rejoined, changed rank or was renamed, which characters to create, which rows to write, which
 * links to set. Members are matched by identity (region and Battle.net character id), never by
 * name. Stateless and thread-safe.
 */
final class MemberDiff {
  private MemberDiff() {}

  /**
   * What a roster changes in a guild's membership: the diff's hand-over to {@link GuildSyncRules},
   * which puts it into a {@link RosterUpdate} (that copies the collections, once).
   *
   * @param created characters to create for members with no local character
   * @param renamed known characters under another name or realm slug
   * @param members membership rows to write; never an unchanged member
   * @param events the member events
   * @param linked every roster member
   * @param unlinked members whose leave is recorded (now or before)
   * @param characters every roster member's character, by Battle.net id
   */
  record Result(
      List<CharacterFromRoster> created,
      List<CharacterRename> renamed,
      List<MembershipWrite> members,
      List<MemberEvent> events,
      Set<MemberCharacter> linked,
      Set<CharacterKey> unlinked,
      Map<BnetCharacterId, MemberCharacter> characters) {}

  /**
   * Diffs a roster against the stored membership.
   *
   * @param snapshot the stored members and the known characters of the roster's members
   * @param roster the received roster's members
   * @param leaveConfirmations how many consecutive received rosters a member must be missing from
   *     before its leave is recorded, at least 1
   * @param now the time to record for joins, leaves and events
   * @return the diff (never null); empty lists when the roster matches the store
   */
  static Result diff(
      GuildSnapshot snapshot, List<RosterMember> roster, int leaveConfirmations, Instant now) {
    return diff(snapshot, roster, leaveConfirmations, now, Optional.empty());
  }

  /**
   * Diffs a roster against the stored membership, honouring Blizzard's retention rule: a member
   * whose known character was purged, and that a roster not newer than the purge lists (it cannot
   * show the character valid again), is left out entirely: not created, renamed, linked, made a
   * member or leader, and no event; a stored membership row of it is left as it is (no leave is
   * counted). A roster newer than the purge that lists the same Battle.net id shows it valid again:
   * it is diffed as any known character.
   *
   * @param snapshot the stored members and the known characters of the roster's members
   * @param roster the received roster's members
   * @param leaveConfirmations how many consecutive received rosters a member must be missing from
   *     before its leave is recorded, at least 1
   * @param now the time to record for joins, leaves and events
   * @param rosterModified the roster's {@code Last-Modified}; empty when it had none (then no
   *     purged character comes back through it)
   * @return the diff (never null); empty lists when the roster matches the store
   */
  static Result diff(
      GuildSnapshot snapshot,
      List<RosterMember> roster,
      int leaveConfirmations,
      Instant now,
      Optional<Instant> rosterModified) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(rosterModified, "rosterModified");
    if (leaveConfirmations < 1) {
      throw new IllegalArgumentException("leaveConfirmations must be at least 1");
    }
    Map<BnetCharacterId, KnownCharacter> known = new HashMap<>();
    snapshot.characters().forEach(c -> known.put(c.id(), c));
    Map<CharacterKey, GuildMembership> stored = new LinkedHashMap<>();
    snapshot.members().forEach(m -> stored.put(m.character(), m));
    Builder out = new Builder(now);
    Set<CharacterKey> present = new HashSet<>();
    for (RosterMember member : roster) {
      Optional<KnownCharacter> character = Optional.ofNullable(known.get(member.id()));
      if (character.isPresent() && character.get().purgedAsOf(rosterModified)) {
        present.add(character.get().key());
        continue;
      }
      MemberCharacter who = out.character(member, character);
      Optional<GuildMembership> row =
          character.map(c -> stored.get(c.key())).filter(Objects::nonNull);
      character.ifPresent(c -> present.add(c.key()));
      out.present(who, member, row);
    }
    for (GuildMembership row : stored.values()) {
      if (!present.contains(row.character())) {
        out.missing(row, leaveConfirmations);
      }
    }
    return out.result();
  }

  /** Same character name: region and realm slug exactly, the name ignoring case. */
  static boolean sameRef(CharacterRef a, CharacterRef b) {
    return a.region() == b.region()
        && a.realmSlug().equals(b.realmSlug())
        && a.name().toLowerCase(Locale.ROOT).equals(b.name().toLowerCase(Locale.ROOT));
  }

  private static final class Builder {
    private final Instant now;
    private final List<CharacterFromRoster> created = new ArrayList<>();
    private final List<CharacterRename> renamed = new ArrayList<>();
    private final List<MembershipWrite> members = new ArrayList<>();
    private final List<MemberEvent> events = new ArrayList<>();
    private final Set<MemberCharacter> linked = new HashSet<>();
    private final Set<CharacterKey> unlinked = new HashSet<>();
    private final Map<BnetCharacterId, MemberCharacter> characters = new HashMap<>();

    Builder(Instant now) {
      this.now = now;
    }

    MemberCharacter character(RosterMember member, Optional<KnownCharacter> known) {
      MemberCharacter who;
      if (known.isEmpty()) {
        created.add(CharacterFromRoster.of(member));
        who = new MemberCharacter.New(member.id());
      } else {
        KnownCharacter c = known.get();
        who = new MemberCharacter.Known(c.key());
        if (!sameRef(c.ref(), member.character())) {
          CharacterRename rename =
              new CharacterRename(c.key(), c.id(), c.ref(), member.character());
          renamed.add(rename);
          event(who, MemberEventKind.RENAMED, rename.detail());
        }
      }
      characters.put(member.id(), who);
      linked.add(who);
      return who;
    }

    void present(MemberCharacter who, RosterMember member, Optional<GuildMembership> row) {
      if (row.isEmpty()) {
        members.add(new MembershipWrite(who, member.rank(), now, Optional.empty(), 0));
        event(who, MemberEventKind.JOINED, "");
        return;
      }
      GuildMembership m = row.get();
      if (!m.current()) {
        members.add(new MembershipWrite(who, member.rank(), m.joinedAt(), Optional.empty(), 0));
        event(who, MemberEventKind.REJOINED, "");
        return;
      }
      if (m.rank() != member.rank()) {
        event(who, MemberEventKind.RANK_CHANGED, m.rank() + " -> " + member.rank());
      }
      if (m.rank() != member.rank() || m.missedRosters() != 0) {
        members.add(new MembershipWrite(who, member.rank(), m.joinedAt(), Optional.empty(), 0));
      }
    }

    void missing(GuildMembership row, int leaveConfirmations) {
      MemberCharacter who = new MemberCharacter.Known(row.character());
      if (!row.current()) {
        unlinked.add(row.character());
        return;
      }
      int missed = row.missedRosters() + 1;
      if (missed >= leaveConfirmations) {
        members.add(new MembershipWrite(who, row.rank(), row.joinedAt(), Optional.of(now), missed));
        event(who, MemberEventKind.LEFT, "");
        unlinked.add(row.character());
      } else {
        members.add(new MembershipWrite(who, row.rank(), row.joinedAt(), Optional.empty(), missed));
      }
    }

    private void event(MemberCharacter who, MemberEventKind kind, String detail) {
      events.add(new MemberEvent(who, kind, now, detail));
    }

    Result result() {
      return new Result(created, renamed, members, events, linked, unlinked, characters);
    }
  }
}
