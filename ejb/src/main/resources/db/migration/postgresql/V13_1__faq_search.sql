-- PostgreSQL only: full-text search of the FAQ (SPEC C8). The application keeps search_text folded (lower case,
-- accents removed), so "solucao" finds "Solução" even where the unaccent extension could not be created; the
-- atende_pt configuration of V4 adds Portuguese stemming. Only approved entries are ever searched: a partial
-- GIN index holds just those.
ALTER TABLE faq_entry
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('atende_pt'::regconfig, search_text)) STORED;
CREATE INDEX ix_faq_search ON faq_entry USING gin (search_vector) WHERE status = 'APPROVED';
