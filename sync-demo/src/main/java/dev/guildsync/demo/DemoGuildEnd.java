package dev.guildsync.demo;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The guild story's end: the guild's members, ranks and event history as tables, then one more
 * whole sync with nothing changed at Battle.net, which must leave every table as it was.
 */
final class DemoGuildEnd {
  private final DemoGuildStory story;
  private final DataSource dataSource;

  DemoGuildEnd(DemoGuildStory story, DataSource dataSource) {
    this.story = story;
    this.dataSource = dataSource;
  }

  void tablesAndIdempotence() throws SQLException {
    PrintWriter out = story.out();
    DemoGuildReport db = story.db();
    long vigil = story.vigil();
    DemoGuildReport.Guild guild = db.guild(vigil);
    out.println();
    out.printf(
        Locale.ROOT,
        "%s (local guild %d, eu Battle.net guild %s, %s/%s, available %s, %s members, guild"
            + " master %s) now:%n",
        guild.name(),
        vigil,
        guild.bnetGuildId(),
        guild.realm(),
        guild.nameSlug(),
        guild.available(),
        guild.memberCount(),
        guild.leader());
    out.println("guild_members (with each character's guild_id):");
    DemoGuildReport.membersTable(out, db.members(vigil));
    out.println("guild_ranks:");
    DemoGuildReport.ranksTable(out, db.ranks(vigil));
    out.println("guild_member_events:");
    DemoGuildReport.eventsTable(out, db.events(vigil, 0));
    out.println();

    DemoTables.Snapshot before = DemoTables.snapshot(dataSource);
    story.step(
        "sync, guilds then characters",
        "nothing changed at Battle.net; every guild and every available character is asked again.");
    DemoGuildRuns.Run again = story.runs().both();
    DemoTables.Snapshot after = DemoTables.snapshot(dataSource);
    story.summary().print(out, again.outcome());
    int events = again.guilds().stream().mapToInt(g -> g.events().size()).sum();
    List<String> changed = before.differingFrom(after);
    int holding = DemoTables.leasesHoldingClaims(dataSource);
    out.println();
    out.printf(
        Locale.ROOT,
        "%s, the runs' own bookkeeping, holds %d leases, %d of them holding a claim: each"
            + " run's last claim, which finds nothing due, still opens a lease; a claim made an"
            + " hour after it ended deletes it.%n",
        DemoTables.LEASES,
        after.rows(DemoTables.LEASES),
        holding);
    out.println();
    if (changed.isEmpty() && events == 0) {
      out.printf(
          Locale.ROOT,
          "Idempotent: every table (%s) is as the run before left it, no new event; only"
              + " last_synced_at moved (and last_validated_at, which a 304 renews).%n",
          String.join(", ", after.compared()));
    } else {
      out.printf(
          Locale.ROOT,
          "NOT idempotent: the run with nothing new at Battle.net changed %s and recorded %d"
              + " events.%n",
          changed.isEmpty() ? "no table" : String.join(", ", changed),
          events);
    }
    story.runs().expect(changed.isEmpty() && events == 0, "the last run to change nothing");
    story.runs().expect(holding == 0, "no lease holding a claim after the runs");
  }
}
