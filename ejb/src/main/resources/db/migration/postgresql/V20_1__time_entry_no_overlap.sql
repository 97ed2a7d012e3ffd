-- No two entries of one agent overlap (touching allowed: '[)' ranges), enforced by the database too, so that no
-- path around the service (a batch import, a concurrent save the service's lock missed) can store one.
-- btree_gist is a trusted extension (PostgreSQL 13+): the database's owner (the application's role, as test.sh and
-- bench/load.sh create it) may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE time_entry ADD CONSTRAINT ex_time_entry_agent_overlap
    EXCLUDE USING gist (agent_id WITH =, tsrange(start_at, end_at, '[)') WITH &&);
