package dev.guildsync.bnet.simulator;

/**
 * What a {@link BattleNetSimulator} has received since it started (or since {@link
 * BattleNetSimulator#resetStats()}). API requests are the profile and status endpoints; the quota
 * counts those per wall-clock second.
 *
 * @param apiRequests profile and status requests received, 429s included
 * @param maxPerSecond the most API requests received in one wall-clock second
 * @param throttled 429 answers sent
 * @param tokenRequests requests to the token endpoint
 * @param profileRequests requests to the profile summary endpoint
 * @param statusRequests requests to the profile status endpoint
 * @param notModified 304 answers sent
 * @param unauthorized 401 answers sent by the API endpoints (missing, unknown or expired token)
 */
public record SimulatorStats(
    long apiRequests,
    long maxPerSecond,
    long throttled,
    long tokenRequests,
    long profileRequests,
    long statusRequests,
    long notModified,
    long unauthorized) {}
