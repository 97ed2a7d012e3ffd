-- Statistics (issue 13): the cases concluded in a period of a company are found by this index, as the opened
-- ones are by ix_case_company_opened. PostgreSQL has covering versions of both (postgresql/V25).
CREATE INDEX ix_case_company_closed ON support_case (company_id, closed_at);
