-- PostgreSQL only: solutions take part in the similar-subject search, like subjects, requests and discussion.
ALTER TABLE solution_entry
    ADD COLUMN search_body tsvector GENERATED ALWAYS AS (to_tsvector('atende_pt'::regconfig, body)) STORED;
CREATE INDEX ix_solution_search_body ON solution_entry USING gin (search_body);
