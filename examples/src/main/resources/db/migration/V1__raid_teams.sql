-- The guild site's own tables, in its own Flyway history (flyway_schema_history).
CREATE TABLE raid_teams (
    id   BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
