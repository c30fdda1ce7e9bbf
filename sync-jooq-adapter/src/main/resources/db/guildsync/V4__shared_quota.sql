-- The Battle.net quota shared by every instance (guildsync 0.3, `sync --shared-quota`).
--
-- Battle.net's limits (100 requests per second, 36,000 per hour) belong to the client id, not to a
-- process. An application that runs several instances can keep the quota in one Bucket4j bucket
-- in this table, through Bucket4j's PostgreSQL backend (bucket4j_jdk17-postgresql,
-- PostgreSQLSelectForUpdateBasedProxyManager with .table("sync_quota_buckets")): one row per
-- client id, locked with SELECT ... FOR UPDATE for the few microseconds of each request's
-- reservation. The shape is the one Bucket4j documents for PostgreSQL: id BIGINT primary key,
-- state BYTEA (the serialised bucket, NULL until its first use), expires_at BIGINT (epoch
-- milliseconds, used only with an expiration strategy).
--
-- Additive and unused unless the shared quota is enabled. A row can be deleted at any time to
-- reset its bucket (for example after changing the limits): the next request recreates it.

CREATE TABLE sync_quota_buckets (
    id         BIGINT CONSTRAINT sync_quota_buckets_pkey PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
