-- Statistics (issue 13): each chart counts a company's cases opened (or concluded) in a period, grouped by a
-- column, inside the access rule. These indexes carry every column those counts read, so PostgreSQL answers them
-- by index-only scans: at 1,000,000 cases a month counts in ~40 ms and a whole year in ~450 ms (bench/RESULTS.md).
CREATE INDEX ix_case_company_opened_stats ON support_case (company_id, opened_at)
    INCLUDE (status, priority, department_id, access_level, holder_id);
CREATE INDEX ix_case_company_closed_stats ON support_case (company_id, closed_at)
    INCLUDE (department_id, access_level, holder_id);
