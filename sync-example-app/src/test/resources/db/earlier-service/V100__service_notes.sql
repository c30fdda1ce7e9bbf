-- A service's own migration, recorded in flyway_schema_history beside an earlier snapshot's
-- guildsync rows: migrate must leave it as it is.
CREATE TABLE service_notes (id integer PRIMARY KEY, note text NOT NULL);
