-- The service's second migration refers to guildsync's characters table, so it must run after
-- guildsync's migrations: the order a service chooses when it applies both.
ALTER TABLE raid_signups
    ADD CONSTRAINT raid_signups_character_id_fkey
    FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE;
