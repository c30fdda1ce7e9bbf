package dev.guildsync.core.guild;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import java.util.Objects;

/**
 * A tracked guild whose roster names a Battle.net id that another local guild holds (G1), so the
 * caller can merge or delete one of them.
 *
 * @param guild the guild that was synced
 * @param region its region
 * @param bnetGuildId the Battle.net id its roster named
 * @param holder the local guild that holds that id
 */
public record DuplicateGuild(
    GuildKey guild, Region region, BnetGuildId bnetGuildId, GuildKey holder) {
  public DuplicateGuild {
    Objects.requireNonNull(guild, "guild");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(bnetGuildId, "bnetGuildId");
    Objects.requireNonNull(holder, "holder");
  }
}
