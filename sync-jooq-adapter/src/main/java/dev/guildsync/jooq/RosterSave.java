package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.GUILDS;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildData;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSaveStatus;
import dev.guildsync.core.guild.MemberCharacter;
import dev.guildsync.core.guild.MemberEventKind;
import dev.guildsync.core.guild.RosterUpdate;
import dev.guildsync.jooq.generated.tables.Guilds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A received roster's whole outcome for one locked, leased guild, in the caller's transaction and
 * in at most thirteen statements whatever the roster's size: the G1 check, one {@code FOR KEY
 * SHARE} lock of the known characters (in key order), two for renames, three or four for created
 * characters, the guild row, members, ranks, events and links. Statements with nothing to write are
 * not sent.
 */
final class RosterSave {
  private static final Guilds G = GUILDS;

  private final DSLContext tx;
  private final long key;
  private final String region;

  RosterSave(DSLContext tx, long key, String region) {
    this.tx = tx;
    this.key = key;
    this.region = region;
  }

  GuildSaveResult write(GuildChange.Refreshed change) {
    RosterUpdate update = change.update();
    if (update.guild().isPresent()) {
      GuildData data = update.guild().get();
      Optional<Long> holder =
          tx.select(G.ID)
              .from(G)
              .where(G.REGION.eq(region))
              .and(G.BNET_GUILD_ID.eq(data.bnetGuildId().value()))
              .and(G.ID.ne(key))
              .limit(1)
              .fetchOptional(G.ID);
      if (holder.isPresent()) {
        GuildKey by = GuildKey.of(holder.get());
        String reason =
            new GuildChange.Duplicate(change.key(), data.bnetGuildId(), by, change.syncedAt())
                .reason();
        GuildSave.synced(tx, change.syncedAt(), reason).where(G.ID.eq(key)).execute();
        return new GuildSaveResult(GuildSaveStatus.DUPLICATE, Optional.of(by), 0, Set.of());
      }
    }
    RosterCharacterWrites characters =
        new RosterCharacterWrites(tx, region, lockKnown(knownKeys(update)));
    characters.rename(update.renamed());
    characters.create(update.created());
    guildRow(change, update.leader().flatMap(characters::key));
    RosterRowWrites rows = new RosterRowWrites(tx, key);
    List<RosterRowWrites.Member> members = new ArrayList<>();
    update
        .members()
        .forEach(
            w ->
                characters
                    .key(w.character())
                    .ifPresent(k -> members.add(new RosterRowWrites.Member(k, w))));
    rows.members(members);
    rows.ranks(update.ranks());
    List<RosterRowWrites.Event> events = new ArrayList<>();
    update
        .events()
        .forEach(
            e ->
                characters
                    .key(e.character())
                    .filter(
                        k ->
                            e.kind() != MemberEventKind.RENAMED
                                || !characters.renamesRefused().contains(k))
                    .ifPresent(k -> events.add(new RosterRowWrites.Event(k, e))));
    rows.events(events);
    rows.links(
        update.linked().stream().flatMap(m -> characters.key(m).stream()).toList(),
        update.unlinked().stream()
            .flatMap(k -> characters.key(new MemberCharacter.Known(k)).stream())
            .toList(),
        update.rosterTime());
    return new GuildSaveResult(
        GuildSaveStatus.WRITTEN,
        Optional.empty(),
        characters.created(),
        keys(characters.identityChanged()),
        keys(characters.renamesRefused()));
  }

  private static Set<CharacterKey> keys(Set<Long> keys) {
    return keys.stream().map(CharacterKey::of).collect(Collectors.toSet());
  }

  /** Every existing character the update names. */
  private static Set<Long> knownKeys(RosterUpdate u) {
    Stream<MemberCharacter> named =
        Stream.of(
                u.leader().stream(),
                u.members().stream().map(m -> m.character()),
                u.events().stream().map(e -> e.character()),
                u.linked().stream())
            .flatMap(s -> s);
    Set<Long> keys = new HashSet<>();
    named.forEach(
        m -> {
          if (m instanceof MemberCharacter.Known k) {
            keys.add(k.key().value());
          }
        });
    u.renamed().forEach(r -> keys.add(r.key().value()));
    u.unlinked().forEach(k -> keys.add(k.value()));
    return keys;
  }

  /**
   * Locks the characters against deletion ({@code FOR KEY SHARE}, in key order) and returns those
   * that still exist. The weak lock leaves them claimable by a concurrent character sync; only the
   * rows the save then writes are held more strongly.
   */
  private Set<Long> lockKnown(Set<Long> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    return tx.select(CHARACTERS.ID)
        .from(CHARACTERS)
        .where(CHARACTERS.ID.eq(DSL.any(BigintArray.of(keys))))
        .orderBy(CHARACTERS.ID)
        .forKeyShare()
        .fetchSet(CHARACTERS.ID);
  }

  /** The guild row: data columns (G1), leader (G6), availability and sync state. */
  private void guildRow(GuildChange.Refreshed change, Optional<Long> leader) {
    var set =
        GuildSave.synced(tx, change.syncedAt(), null)
            .set(G.IS_AVAILABLE, true)
            .set(G.LAST_MODIFIED, DSL.val(change.lastModified().orElse(null), G.LAST_MODIFIED));
    if (change.update().guild().isPresent()) {
      GuildData data = change.update().guild().get();
      set =
          set.set(G.BNET_GUILD_ID, data.bnetGuildId().value())
              .set(G.NAME, data.name())
              .set(G.NAME_SLUG, data.nameSlug())
              .set(G.REALM, data.realmSlug())
              .set(G.MEMBER_COUNT, data.memberCount());
      if (data.faction().isPresent()) {
        set = set.set(G.FACTION, data.faction().get().name());
      }
    }
    if (leader.isPresent()) {
      set = set.set(G.LEADER_CHARACTER_ID, leader.get());
    }
    set.where(G.ID.eq(key)).execute();
  }
}
