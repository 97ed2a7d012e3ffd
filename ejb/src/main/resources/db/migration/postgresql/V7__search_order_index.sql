-- PostgreSQL only: similar-subject search lists matches newest first across the whole company; this index lets
-- the planner walk cases in that order and stop at the first page when the words are common.
CREATE INDEX ix_case_company_opened ON support_case (company_id, opened_at DESC, id DESC);
