-- A claim in one statement (guildsync 0.7).
--
-- Until V6 a claims row held its item while the sync_leases row it named was live, so a claim had
-- to lock the items, then read the latest committed claims under a new snapshot: one transaction of
-- four statements per batch. Each claims row now carries its lease's end itself. A claim is then
-- one statement: it locks the due rows and inserts their claims with ON CONFLICT ... DO UPDATE ...
-- WHERE lease_until <= now, and ON CONFLICT always sees the latest committed claims row, whatever
-- the statement's snapshot, so two claimers never both take an item. A renewal moves the batch's
-- claims rows; lease_until is not indexed, so that is a HOT update of a narrow row.
--
-- sync_leases stays: one row per lease, written in the same statements, ended with the lease, so
-- "which leases are live" is still one small table to read.
--
-- Upgrade: claims of earlier versions hold until their sync_leases row ends. An instance of an
-- earlier version cannot insert a claim any more (lease_until is NOT NULL), so its runs fail with
-- a clear constraint error instead of syncing a character twice: stop earlier instances first.

ALTER TABLE character_claims ADD COLUMN lease_until TIMESTAMPTZ;
ALTER TABLE guild_claims ADD COLUMN lease_until TIMESTAMPTZ;

-- Data, not schema: jOOQ's code generator skips it (see V1).
/* [jooq ignore start] */
UPDATE character_claims k SET lease_until = l.lease_until
  FROM sync_leases l WHERE l.lease_id = k.lease_id;
UPDATE guild_claims k SET lease_until = l.lease_until
  FROM sync_leases l WHERE l.lease_id = k.lease_id;

-- A claims row whose lease is gone held nothing before and holds nothing now.
DELETE FROM character_claims WHERE lease_until IS NULL;
DELETE FROM guild_claims WHERE lease_until IS NULL;
/* [jooq ignore stop] */

ALTER TABLE character_claims ALTER COLUMN lease_until SET NOT NULL;
ALTER TABLE guild_claims ALTER COLUMN lease_until SET NOT NULL;

-- Claims are bookkeeping that a crash may forget, so they are not written to the WAL: inserting
-- 1,000 claims went from 4,008 WAL records (279 kB) and 10.7 ms to none and 4.4 ms, ending them
-- from 1,000 records to none (EXPLAIN (ANALYZE, WAL) on 100,000 characters). After a crash of
-- PostgreSQL (not a clean restart) or a failover to a replica the claims tables are empty: a batch
-- in flight then finds no claim at its save, writes nothing, reports its characters lease-lost,
-- and they are claimed again. No data is lost; at most one batch is fetched twice. (A replica
-- cannot read an unlogged table; nothing but the sync reads these.)
/* [jooq ignore start] */
ALTER TABLE character_claims SET UNLOGGED;
ALTER TABLE guild_claims SET UNLOGGED;
/* [jooq ignore stop] */
