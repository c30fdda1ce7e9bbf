package dev.guildsync.simulator;

/**
 * What a {@link BattleNetSimulator} has received since it started (or since {@link
 * BattleNetSimulator#resetStats()}). API requests are the profile, status, roster and detail
 * endpoints; the quota counts those per wall-clock second.
 *
 * @param apiRequests profile, status and roster requests received, 429s included
 * @param maxPerSecond the most API requests received in one wall-clock second
 * @param throttled 429 answers sent
 * @param tokenRequests requests to the token endpoint
 * @param profileRequests requests to the profile summary endpoint
 * @param statusRequests requests to the profile status endpoint
 * @param notModified 304 answers sent
 * @param unauthorized 401 answers sent by the API endpoints (missing, unknown or expired token)
 * @param rosterRequests requests to the guild roster endpoint (per guild: {@link
 *     SimulatedGuilds#requests})
 * @param detailRequests requests to the character detail endpoints (per detail: {@link
 *     SimulatedDetails#requests(dev.guildsync.core.detail.CharacterDetail)})
 */
public record SimulatorStats(
    long apiRequests,
    long maxPerSecond,
    long throttled,
    long tokenRequests,
    long profileRequests,
    long statusRequests,
    long notModified,
    long unauthorized,
    long rosterRequests,
    long detailRequests) {}
