-- Blizzard's retention rule and refresh by activity (guildsync 0.3). Additive: three nullable
-- columns, no index, no constraint.
--
-- A character counts as validated when its profile was fetched with its recorded Battle.net id,
-- answered 304, or the status endpoint said it is valid under that id; one not validated for 30
-- days (a setting) costs one status request. An invalid character is purged (every Battle.net
-- column cleared, bnet_character_id kept as the tombstone that stops a roster re-creating it),
-- deleted, or only marked, as the run's policy says.

ALTER TABLE characters ADD COLUMN last_validated_at TIMESTAMPTZ;
-- When the status endpoint last called the character invalid; NULL again once it is validated.
ALTER TABLE characters ADD COLUMN invalidated_at TIMESTAMPTZ;
-- When its Battle.net data was purged; NULL again once it is validated.
ALTER TABLE characters ADD COLUMN purged_at TIMESTAMPTZ;

-- An available character with a Battle.net id and a sync time was last synced with a profile of
-- its id or a 304 (every other outcome makes it unavailable or leaves the sync time as it was):
-- that sync validated it. Every other row starts unvalidated and is checked in its first runs.
UPDATE characters
   SET last_validated_at = last_synced_at
 WHERE is_available AND bnet_character_id IS NOT NULL AND last_synced_at IS NOT NULL;
