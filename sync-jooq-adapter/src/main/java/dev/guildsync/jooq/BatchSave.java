package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.GUILDS;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.claim.Lease;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Writes one batch inside the caller's transaction with a constant number of statements: one {@code
 * SELECT ... FOR KEY SHARE} on the linked guilds, one {@code DELETE} of the lease's claims on the
 * batch (which says which characters the lease still held), then one set-based {@code UPDATE ...
 * FROM unnest(...)} per kind of change present, for those characters only, then their details' few
 * statements ({@link DetailWrites}).
 *
 * <p>The guild lock comes first: a guild it returns exists and cannot be deleted before commit (a
 * concurrent delete waits, then its {@code ON DELETE SET NULL} applies to our rows), and a guild it
 * does not return is written as NULL, so no interleaving raises a foreign key error. Taking the
 * guild locks before any character row lock is the order a cascading guild delete takes too, so the
 * two cannot deadlock.
 */
final class BatchSave {
  private final DSLContext tx;
  private final Lease lease;
  private final ChangesByKind asked;
  private final ChangeStatements statements;
  private final RetentionStatements retention;
  private ChangesByKind changes;

  private BatchSave(DSLContext tx, Lease lease, ChangesByKind changes) {
    this.tx = tx;
    this.lease = lease;
    this.asked = changes;
    this.statements = new ChangeStatements(tx);
    this.retention = new RetentionStatements(tx);
  }

  static CharacterSaveResult write(DSLContext tx, Lease lease, ChangesByKind changes) {
    return new BatchSave(tx, lease, changes).write();
  }

  private CharacterSaveResult write() {
    changes = asked;
    Set<Long> liveGuilds = lockLinkedGuilds();
    Set<Long> held =
        Claims.CHARACTERS.finish(
            tx, lease, asked.keys().stream().map(CharacterKey::value).toList());
    changes = asked.retain(held);
    Set<Long> written = new HashSet<>();
    Set<CharacterKey> dropped = new LinkedHashSet<>();
    if (!changes.refreshed().isEmpty()) {
      written.addAll(statements.refreshed(changes.refreshed(), liveGuilds));
      for (CharacterChange.Refreshed r : changes.refreshed()) {
        boolean linkDropped =
            r.link().guildKey().map(k -> !liveGuilds.contains(k.value())).orElse(false);
        if (linkDropped && written.contains(r.key().value())) {
          dropped.add(r.key());
        }
      }
    }
    if (!changes.unchanged().isEmpty()) {
      written.addAll(statements.unchanged(changes.unchanged()));
    }
    if (!changes.notFound().isEmpty()) {
      written.addAll(statements.notFound(changes.notFound()));
    }
    if (!changes.identityChanged().isEmpty()) {
      written.addAll(statements.identityChanged(changes.identityChanged()));
    }
    if (!changes.failed().isEmpty()) {
      written.addAll(statements.failed(changes.failed()));
    }
    if (!changes.validated().isEmpty()) {
      written.addAll(retention.validated(changes.validated()));
    }
    if (!changes.invalidated().isEmpty()) {
      written.addAll(retention.invalidated(changes.invalidated()));
    }
    DetailWrites.write(
        tx,
        changes.all().stream()
            .filter(c -> written.contains(c.key().value()))
            .flatMap(c -> c.details().stream())
            .toList());
    Set<CharacterKey> leaseLost = new LinkedHashSet<>();
    for (CharacterKey key : asked.keys()) {
      if (!written.contains(key.value())) {
        leaseLost.add(key);
      }
    }
    return new CharacterSaveResult(dropped, leaseLost);
  }

  private Set<Long> lockLinkedGuilds() {
    Long[] linked =
        changes.refreshed().stream()
            .flatMap(r -> r.link().guildKey().stream())
            .map(GuildKey::value)
            .distinct()
            .toArray(Long[]::new);
    if (linked.length == 0) {
      return Set.of();
    }
    return tx.select(GUILDS.ID)
        .from(GUILDS)
        .where(GUILDS.ID.eq(DSL.any(BigintArray.of(Arrays.asList(linked)))))
        .orderBy(GUILDS.ID)
        .forKeyShare()
        .fetchSet(GUILDS.ID);
  }
}
