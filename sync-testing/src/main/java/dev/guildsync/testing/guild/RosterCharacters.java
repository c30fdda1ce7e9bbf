package dev.guildsync.testing.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.CharacterFromRoster;
import dev.guildsync.core.guild.CharacterRename;
import dev.guildsync.core.guild.MemberCharacter;
import dev.guildsync.testing.character.InMemoryCharacterStore;
import dev.guildsync.testing.character.StoredCharacter;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The characters part of one roster save in the fake (G2, G4): creates, adopts, renames, marks
 * identity changes and writes links. Called with the character store's lock held.
 */
final class RosterCharacters {
  private final InMemoryCharacterStore characters;
  private final Map<BnetCharacterId, CharacterKey> resolved = new HashMap<>();
  private final Set<CharacterKey> identityChanged = new HashSet<>();
  private final Set<CharacterKey> renameRefused = new HashSet<>();
  private int created;

  RosterCharacters(InMemoryCharacterStore characters) {
    this.characters = characters;
  }

  /** Creates or adopts the roster's new characters; a name held by another identity blocks one. */
  void create(Region region, Iterable<CharacterFromRoster> members) {
    for (CharacterFromRoster member : members) {
      Optional<StoredCharacter> same = byId(region, member.id());
      if (same.isPresent()) {
        resolved.put(member.id(), same.get().key());
        continue;
      }
      Optional<StoredCharacter> holder = byName(member.ref(), Optional.empty());
      if (holder.isPresent() && holder.get().bnetCharacterId().isPresent()) {
        markIdentityChanged(holder.get(), member.id());
        continue;
      }
      CharacterKey key = holder.map(StoredCharacter::key).orElseGet(() -> addNew(member.ref()));
      characters.update(key, row -> RosterCharacterRows.fromRoster(row, member));
      resolved.put(member.id(), key);
    }
  }

  private CharacterKey addNew(CharacterRef ref) {
    created++;
    return characters.add(ref);
  }

  /** Renames in place unless another row holds the new name; that row is then marked. */
  void rename(Iterable<CharacterRename> renames) {
    for (CharacterRename rename : renames) {
      Optional<StoredCharacter> holder = byName(rename.to(), Optional.of(rename.key()));
      if (holder.isPresent()) {
        markIdentityChanged(holder.get(), rename.id());
        renameRefused.add(rename.key());
      } else if (exists(rename.key())) {
        characters.update(rename.key(), row -> RosterCharacterRows.renamed(row, rename.to()));
      }
    }
  }

  /** The characters whose rename {@link #rename} refused (their events are not recorded). */
  Set<CharacterKey> renamesRefused() {
    return renameRefused;
  }

  /** The local key of a member's character; empty when it was blocked or deleted. */
  Optional<CharacterKey> key(MemberCharacter who) {
    Optional<CharacterKey> key =
        who instanceof MemberCharacter.Known known
            ? Optional.of(known.key())
            : Optional.ofNullable(resolved.get(((MemberCharacter.New) who).id()));
    return key.filter(this::exists);
  }

  /** Points a character at {@code guild} (or at none) unless its profile is fresher (G4). */
  void link(CharacterKey key, Optional<GuildKey> guild, Instant rosterTime) {
    StoredCharacter row = characters.get(key);
    boolean fresher = row.lastSyncedAt().map(t -> t.isAfter(rosterTime)).orElse(false);
    if (!fresher) {
      characters.update(key, r -> r.withGuild(guild));
    }
  }

  int created() {
    return created;
  }

  Set<CharacterKey> identityChanged() {
    return identityChanged;
  }

  private void markIdentityChanged(StoredCharacter holder, BnetCharacterId nowHeldBy) {
    characters.update(holder.key(), row -> RosterCharacterRows.identityChanged(row, nowHeldBy));
    identityChanged.add(holder.key());
  }

  private boolean exists(CharacterKey key) {
    return characters.all().stream().anyMatch(c -> c.key().equals(key));
  }

  private Optional<StoredCharacter> byId(Region region, BnetCharacterId id) {
    return characters.all().stream()
        .filter(c -> c.ref().region() == region && c.bnetCharacterId().equals(Optional.of(id)))
        .findFirst();
  }

  private Optional<StoredCharacter> byName(CharacterRef ref, Optional<CharacterKey> except) {
    String name = ref.name().toLowerCase(Locale.ROOT);
    return characters.all().stream()
        .filter(c -> except.map(k -> !k.equals(c.key())).orElse(true))
        .filter(c -> c.ref().region() == ref.region())
        .filter(c -> c.ref().realmSlug().equals(ref.realmSlug()))
        .filter(c -> c.ref().name().toLowerCase(Locale.ROOT).equals(name))
        .findFirst();
  }
}
