-- Character details (guildsync 0.4, issue 19): equipment, Mythic+, professions, raids and toys,
-- fetched after a login, not on a timer. Additive: three nullable columns on characters and two
-- new tables, both emptied with their character (ON DELETE CASCADE) and by a purge (the adapter's
-- statements), as Blizzard's retention rule asks.

-- current_mythic_rating.rating; NULL when unknown (no Mythic+ data is not a rating of 0).
ALTER TABLE characters ADD COLUMN mythic_rating NUMERIC;
-- The rating's colour as #rrggbb.
ALTER TABLE characters ADD COLUMN mythic_rating_color TEXT;
-- The original system's toy hash: lower-case hex SHA-256 of the toy ids sorted ascending and
-- joined by ','; NULL when unknown (private or not served), never a constant.
ALTER TABLE characters ADD COLUMN toy_hash TEXT;

-- One row per character and detail: what was stored and under which login it was fetched (a detail
-- is due again when the character's last_login_at is newer than fetched_for_login).
CREATE TABLE character_details (
    character_id      BIGINT      NOT NULL CONSTRAINT character_details_character_id_fkey
                                  REFERENCES characters (id) ON DELETE CASCADE,
    detail            TEXT        NOT NULL CHECK (detail IN ('equipment', 'mythic-plus',
                                                             'professions', 'raids', 'toys')),
    -- The character's last_login_at the detail was last fetched under; NULL when unknown.
    fetched_for_login TIMESTAMPTZ,
    -- The HTTP Last-Modified header, verbatim, for the next conditional request.
    last_modified     TEXT,
    fetched_at        TIMESTAMPTZ NOT NULL,
    -- The version of the projection in data: a newer one makes the detail due again.
    version           INTEGER     NOT NULL,
    outcome           TEXT        NOT NULL CHECK (outcome IN ('found', 'absent', 'failed')),
    -- The projection (see docs/details.md for its keys); NULL when none is known.
    data              JSONB,
    -- Why the last fetch failed (outcome 'failed'); NULL otherwise. Like characters.last_error.
    last_error        TEXT
);

-- The latest expansion's raid progress, one row per character, instance and difficulty, so that
-- "who killed this boss on Mythic" is one query.
CREATE TABLE character_raid_progress (
    character_id    BIGINT      NOT NULL CONSTRAINT character_raid_progress_character_id_fkey
                                REFERENCES characters (id) ON DELETE CASCADE,
    instance_id     BIGINT      NOT NULL,
    instance_name   TEXT,
    difficulty      TEXT        NOT NULL CHECK (difficulty IN ('LFR', 'NORMAL', 'HEROIC', 'MYTHIC')),
    completed_count INTEGER     NOT NULL,
    total_count     INTEGER     NOT NULL,
    last_kill_at    TIMESTAMPTZ
);

/* [jooq ignore start] */
-- (Out of CREATE TABLE only because jOOQ's generator simulates TEXT as an unindexable H2 CLOB.)
-- One row per character and detail; also the index of the claim's read (character_id = ANY(...))
-- and of the save's upsert.
ALTER TABLE character_details
    ADD CONSTRAINT character_details_pkey PRIMARY KEY (character_id, detail);

ALTER TABLE character_raid_progress
    ADD CONSTRAINT character_raid_progress_key UNIQUE (character_id, instance_id, difficulty);

-- A guild manager's question is per raid and difficulty ("who has it on Mythic, how far"): this
-- index answers it without scanning every character's rows. The unique key above serves the
-- save's per-character delete.
CREATE INDEX character_raid_progress_instance_idx
    ON character_raid_progress (instance_id, difficulty);
/* [jooq ignore stop] */
