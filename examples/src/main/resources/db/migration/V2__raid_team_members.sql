-- Refers to guildsync's characters table: guildsync's migrations must have run before this one.
CREATE TABLE raid_team_members (
    team_id      BIGINT NOT NULL REFERENCES raid_teams (id) ON DELETE CASCADE,
    character_id BIGINT NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, character_id)
);
