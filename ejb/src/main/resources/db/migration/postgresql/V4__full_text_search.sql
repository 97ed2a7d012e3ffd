-- PostgreSQL only: full-text search for similar cases (SPEC C10), Portuguese stemming and accent-insensitive.
-- H2 has no text search; there CaseSearch matches accent-folded text with LIKE instead.
-- Versions are shared with db/migration/common: each number is used once, in one folder or the other.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION atende_pt (COPY = pg_catalog.portuguese);
ALTER TEXT SEARCH CONFIGURATION atende_pt
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;

ALTER TABLE support_case
    ADD COLUMN search_subject tsvector GENERATED ALWAYS AS (to_tsvector('atende_pt'::regconfig, subject)) STORED;
ALTER TABLE support_case
    ADD COLUMN search_request tsvector GENERATED ALWAYS AS (to_tsvector('atende_pt'::regconfig, request)) STORED;
ALTER TABLE discussion_entry
    ADD COLUMN search_body tsvector
        GENERATED ALWAYS AS (to_tsvector('atende_pt'::regconfig, coalesce(body, ''))) STORED;

CREATE INDEX ix_case_search_subject ON support_case USING gin (search_subject);
CREATE INDEX ix_case_search_request ON support_case USING gin (search_request);
CREATE INDEX ix_discussion_search_body ON discussion_entry USING gin (search_body);
