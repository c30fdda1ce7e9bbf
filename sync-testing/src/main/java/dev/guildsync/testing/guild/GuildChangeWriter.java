package dev.guildsync.testing.guild;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildData;
import dev.guildsync.core.guild.GuildRank;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSaveStatus;
import dev.guildsync.core.guild.MemberCharacter;
import dev.guildsync.core.guild.MemberEvent;
import dev.guildsync.core.guild.MemberEventKind;
import dev.guildsync.core.guild.MembershipWrite;
import dev.guildsync.core.guild.RankWrite;
import dev.guildsync.core.guild.RosterUpdate;
import dev.guildsync.testing.character.InMemoryCharacterStore;
import dev.guildsync.testing.character.InMemoryGuilds;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/** Writes one leased guild's change into the fake's tables; called with both locks held. */
final class GuildChangeWriter {
  private final InMemoryGuildStore store;
  private final InMemoryGuilds.Guild guild;
  private final GuildColumns columns;
  private final InMemoryCharacterStore characters;

  GuildChangeWriter(
      InMemoryGuildStore store,
      InMemoryGuilds.Guild guild,
      GuildColumns columns,
      InMemoryCharacterStore characters) {
    this.store = store;
    this.guild = guild;
    this.columns = columns;
    this.characters = characters;
  }

  GuildSaveResult write(GuildChange change) {
    if (change instanceof GuildChange.Refreshed refreshed) {
      return refresh(refreshed);
    }
    if (change instanceof GuildChange.Duplicate d) {
      columns.synced(d.syncedAt(), Optional.of(d.reason()));
      return GuildSaveResult.written(0);
    }
    CommonChange<GuildKey> common = ((GuildChange.Common) change).change();
    if (common instanceof CommonChange.Unchanged<GuildKey> u) {
      columns.synced(u.syncedAt(), Optional.empty());
    } else if (common instanceof CommonChange.NotFound<GuildKey> n) {
      columns.available = false;
      columns.synced(n.syncedAt(), Optional.of(GuildChange.NOT_FOUND_REASON));
    } else {
      CommonChange.Failed<GuildKey> f = (CommonChange.Failed<GuildKey>) common;
      columns.failureCount = f.failureCount();
      columns.lastError = Optional.of(f.reason());
      columns.nextAttemptAt = Optional.of(f.nextAttemptAt());
    }
    return GuildSaveResult.written(0);
  }

  private GuildSaveResult refresh(GuildChange.Refreshed change) {
    RosterUpdate update = change.update();
    GuildKey key = guild.key();
    if (update.guild().isPresent()) {
      GuildData data = update.guild().get();
      Optional<GuildKey> holder =
          store.guildTable().holder(guild.region(), data.bnetGuildId()).filter(h -> !h.equals(key));
      if (holder.isPresent()) {
        columns.synced(
            change.syncedAt(),
            Optional.of(
                new GuildChange.Duplicate(key, data.bnetGuildId(), holder.get(), change.syncedAt())
                    .reason()));
        return new GuildSaveResult(GuildSaveStatus.DUPLICATE, holder, 0, Set.of());
      }
      store
          .guildTable()
          .update(key, Optional.of(data.bnetGuildId()), data.name(), data.realmSlug());
      data.faction().ifPresent(f -> columns.faction = Optional.of(f));
      columns.memberCount = OptionalInt.of(data.memberCount());
    }
    RosterCharacters chars = new RosterCharacters(characters);
    chars.create(guild.region(), update.created());
    chars.rename(update.renamed());
    update.leader().flatMap(chars::key).ifPresent(k -> columns.leader = Optional.of(k));
    Map<CharacterKey, StoredMember> members = store.memberRows(key);
    for (MembershipWrite w : update.members()) {
      chars
          .key(w.character())
          .ifPresent(
              k ->
                  members.put(
                      k,
                      new StoredMember(k, w.rank(), w.joinedAt(), w.leftAt(), w.missedRosters())));
    }
    TreeMap<Integer, GuildRank> ranks = store.rankRows(key);
    for (RankWrite w : update.ranks()) {
      GuildRank old = ranks.get(w.rank());
      String name = old == null ? w.defaultName() : old.name();
      ranks.put(w.rank(), new GuildRank(w.rank(), name, w.memberCount()));
    }
    for (MemberEvent e : update.events()) {
      chars
          .key(e.character())
          .filter(k -> e.kind() != MemberEventKind.RENAMED || !chars.renamesRefused().contains(k))
          .ifPresent(
              k ->
                  store
                      .eventRows(key)
                      .add(new StoredEvent(k, e.kind(), e.occurredAt(), e.detail())));
    }
    for (MemberCharacter who : update.linked()) {
      chars.key(who).ifPresent(k -> chars.link(k, Optional.of(key), update.rosterTime()));
    }
    for (CharacterKey k : update.unlinked()) {
      if (chars.key(new MemberCharacter.Known(k)).isPresent()
          && characters.get(k).guild().equals(Optional.of(key))) {
        chars.link(k, Optional.empty(), update.rosterTime());
      }
    }
    columns.available = true;
    columns.lastModified = change.lastModified();
    columns.synced(change.syncedAt(), Optional.empty());
    return new GuildSaveResult(
        GuildSaveStatus.WRITTEN,
        Optional.empty(),
        chars.created(),
        chars.identityChanged(),
        chars.renamesRefused());
  }
}
