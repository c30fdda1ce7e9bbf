/**
 * guildsync's Battle.net Profile API adapter: {@link dev.guildsync.bnet.BattleNetClient} implements
 * the core's character profile, character status and guild roster ports over Methanol (OAuth
 * tokens, a Bucket4j rate limit, retries, conditional requests) and Jackson. It is the package's
 * one public class; the request pipeline, the endpoints and the JSON mappers behind it are
 * package-private.
 */
package dev.guildsync.bnet;
