-- Leases outside the characters row (guildsync 0.2).
--
-- V1 leased a character by writing lease_id and lease_until into its row: every claim rewrote the
-- row and all four of its indexes, and a crashed run's claims held for the whole lease. Now a claim
-- writes one narrow row per character into a claims table and one row per batch into
-- sync_leases; a heartbeat renews the batch by updating its one sync_leases row, so leases can be
-- short (a crashed run's claims come back within one lease) without any batch losing its claim.
--
-- A character is held while a character_claims row names a lease whose lease_until is still
-- ahead. A claims row whose lease ended or is gone holds nothing and is taken over by the next
-- claim. The guild sync's claims use the same sync_leases with a guild_claims table of their own.
--
-- Additive: characters.lease_id and lease_until stay (no longer written; a claim still honours a
-- live one left by an older version), so rows written by V1 code stay valid.

CREATE TABLE sync_leases (
    lease_id    UUID        CONSTRAINT sync_leases_pkey PRIMARY KEY,
    lease_until TIMESTAMPTZ NOT NULL
);

-- No foreign keys on purpose: an FK check per claimed row would cost more than the claim itself,
-- and a dangling row is harmless (it holds nothing once its lease ends).
CREATE TABLE character_claims (
    character_id BIGINT CONSTRAINT character_claims_pkey PRIMARY KEY,
    lease_id     UUID   NOT NULL
);

-- Release and save find a lease's claims by lease id.
CREATE INDEX character_claims_lease_id_idx ON character_claims (lease_id);
