package dev.guildsync.demo;

import static dev.guildsync.demo.DemoGuildWorld.NEW_NAME;
import static dev.guildsync.demo.DemoGuildWorld.NYSSA;
import static dev.guildsync.demo.DemoGuildWorld.VIGIL;

import dev.guildsync.core.GuildKey;
import dev.guildsync.core.character.CharacterOutcome;
import dev.guildsync.core.character.CharacterSyncOutcome;
import dev.guildsync.core.character.UntrackedGuildPolicy;
import dev.guildsync.core.guild.GuildOutcome;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildSyncOutcome;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatedGuild;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The guild story, second half: the guild is renamed at Battle.net and found again (G8), an
 * untracked guild is registered (G9), and the guild answers 404, is kept, and is rechecked (G7).
 */
final class DemoGuildMoves {
  private final DemoGuildStory story;
  private final DemoGuildRuns runs;
  private final DemoGuildReport db;
  private final BattleNetSimulator simulator;
  private final SimulatedGuild guild;
  private final long vigil;

  DemoGuildMoves(DemoGuildStory story, BattleNetSimulator simulator, SimulatedGuild guild) {
    this.story = story;
    this.runs = story.runs();
    this.db = story.db();
    this.simulator = simulator;
    this.guild = guild;
    this.vigil = story.vigil();
  }

  void guildRenamed() throws SQLException {
    GuildRef oldRef = guild.ref();
    guild.rename(NEW_NAME);
    story.step(
        "character sync",
        "Battle.net renames the guild to \"%s\": same id, its roster moves to %s and %s answers"
            + " 404. The member profiles tell the character sync first.",
        NEW_NAME,
        guild.ref(),
        oldRef);
    DemoGuildRuns.Run profiles = runs.characters(UntrackedGuildPolicy.REPORT);
    long naming =
        profiles.characters().stream()
            .filter(o -> o.guild().filter(g -> g.bnetGuildId().equals(VIGIL)).isPresent())
            .filter(o -> o.guild().get().name().equals(NEW_NAME))
            .count();
    DemoGuildReport.Guild followed = db.guild(vigil);
    runs.says(
        "%d member profiles name Battle.net guild %s \"%s\": guild %d follows its id, name"
            + " \"%s\", name_slug %s (G8)",
        naming, VIGIL, NEW_NAME, vigil, followed.name(), followed.nameSlug());
    runs.expect(
        followed.name().equals(NEW_NAME) && followed.nameSlug().equals(guild.ref().nameSlug()),
        "the guild row to follow the new name");

    long oldSlugRequests = simulator.guilds().requests(oldRef);
    long newSlugRequests = guild.requests();
    GuildOutcome found = story.guildRun("the next roster request.");
    runs.says(
        "%s: asked as %s (%d request), the old slug not asked (%d requests): no 404, still"
            + " available, nothing else changed",
        lower(found.result().outcome()),
        guild.ref(),
        guild.requests() - newSlugRequests,
        simulator.guilds().requests(oldRef) - oldSlugRequests);
    story.events();
    runs.expect(
        found.result().outcome() != GuildSyncOutcome.NOT_FOUND
            && simulator.guilds().requests(oldRef) == oldSlugRequests,
        "the renamed guild found under its new slug");
  }

  void untrackedGuildRegistered() throws SQLException {
    DemoGuildWorld.putWanderingSouls(
        simulator, runs.clock().instant().truncatedTo(ChronoUnit.SECONDS));
    story.step(
        "character sync, untracked guilds: REGISTER",
        "Drekthar, of the character story, reaches level 81; his profile names Wandering Souls,"
            + " Battle.net guild %d, which no local row tracks.",
        DemoWorld.UNTRACKED_GUILD);
    DemoGuildRuns.Run profiles = runs.characters(UntrackedGuildPolicy.REGISTER);
    Optional<CharacterOutcome> drekthar = outcomeOf(profiles, "Drekthar");
    runs.says(
        "eu/argent-dawn/Drekthar %s",
        drekthar.map(CharacterOutcome::describe).orElse("not synced"));
    Optional<Long> registered = db.guildByBnetId("eu", DemoWorld.UNTRACKED_GUILD);
    runs.says(
        "Wandering Souls registered as local guild %s (region, Battle.net id, name, realm) and"
            + " Drekthar linked in the same save; it is due for its first roster (G9)",
        registered.map(String::valueOf).orElse("NONE"));
    runs.expect(
        registered.isPresent()
            && drekthar.flatMap(CharacterOutcome::guildKey).map(GuildKey::value).equals(registered),
        "Wandering Souls registered and Drekthar linked to it");
    if (registered.isEmpty()) {
      return;
    }
    long souls = registered.get();

    story.step("sync, guilds then characters", "Wandering Souls' first roster.");
    DemoGuildRuns.Run sync = runs.both();
    GuildOutcome first = sync.guild(souls);
    List<DemoGuildReport.Member> members = db.members(souls);
    Optional<CharacterOutcome> nyssa = outcomeOf(sync, NYSSA.name());
    runs.says(
        "Wandering Souls: %s, %d members (%s), %d character created (Nyssa) and linked; the same"
            + " run's character phase fetched her profile: %s",
        lower(first.result().outcome()),
        members.size(),
        String.join(", ", members.stream().map(DemoGuildReport.Member::name).toList()),
        first.charactersCreated(),
        nyssa.map(o -> lower(o.result().outcome())).orElse("not synced"));
    runs.expect(
        members.size() == 2
            && nyssa.filter(o -> o.result().outcome() == CharacterSyncOutcome.UPDATED).isPresent(),
        "Wandering Souls' two members, Nyssa's profile fetched in the same run");
  }

  void notFoundKeptAndRechecked() throws SQLException {
    List<DemoGuildReport.Member> before = db.members(vigil);
    guild.setAvailable(false);
    GuildOutcome gone =
        story.guildRun("Battle.net stops serving the guild: its roster answers 404.");
    DemoGuildReport.Guild row = db.guild(vigil);
    runs.says(
        "%s: kept, is_available %s; its %d members, %d ranks and data as they were (G7)",
        lower(gone.result().outcome()), row.available(), before.size(), db.ranks(vigil).size());
    runs.expect(
        gone.result().outcome() == GuildSyncOutcome.NOT_FOUND
            && !row.available()
            && db.members(vigil).equals(before),
        "a 404 to keep the guild's members, unavailable");

    long requests = guild.requests();
    story.step("guild sync", "the next run, at once.");
    DemoGuildRuns.Run soon = runs.guilds();
    runs.says(
        "%s not asked (%d requests): an unavailable guild waits %d hour for its recheck (7 days by"
            + " default)",
        NEW_NAME, guild.requests() - requests, DemoGuildRuns.RECHECK.toHours());
    runs.expect(!soon.synced(vigil), "the unavailable guild to wait for its recheck");

    guild.setAvailable(true);
    runs.clock().advance(DemoGuildRuns.RECHECK);
    GuildOutcome back =
        story.guildRun(
            "an hour later (the demo's clock moves on); Battle.net serves the guild again.");
    runs.says(
        "%s: rechecked with a full request: is_available %s, the same %d members, no event",
        lower(back.result().outcome()), db.guild(vigil).available(), db.members(vigil).size());
    story.events();
    runs.expect(
        db.guild(vigil).available() && back.events().isEmpty() && db.members(vigil).equals(before),
        "the rechecked guild available again, members unchanged");
  }

  private static Optional<CharacterOutcome> outcomeOf(DemoGuildRuns.Run run, String name) {
    return run.characters().stream()
        .filter(o -> o.character().ref().name().equals(name))
        .findFirst();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
