-- Statistics, second slice (issue 13): the rankings by group and agent, the times to the first response and to the
-- solution and the due-date counts read, of the cases opened in a period, the holding group, the conclusion, the due
-- date and the overdue flag too. The covering indexes of V25/V51 gain those columns, and the case's id: the counts
-- by status, priority, department and day are JPQL COUNT(c), which EclipseLink writes COUNT(id), and without the id
-- in the index PostgreSQL read every case of the period from the table (a bitmap heap scan, 1.4 s for a month of the
-- bench's cases). With it every count over the cases of a period is one index-only scan
-- (bench/statistics-results.md).
DROP INDEX ix_case_company_opened_stats;
CREATE INDEX ix_case_company_opened_stats ON support_case (company_id, opened_at)
    INCLUDE (id, status, priority, department_id, access_level, holder_id, holding_group_id, closed_at, due_date,
             overdue)
    WHERE deleted_at IS NULL;
DROP INDEX ix_case_company_closed_stats;
CREATE INDEX ix_case_company_closed_stats ON support_case (company_id, closed_at)
    INCLUDE (id, department_id, access_level, holder_id) WHERE deleted_at IS NULL;
-- The first response: the publishable notes agents wrote, by when (few next to all the discussion entries; the
-- statistics read those written since the period began).
CREATE INDEX ix_discussion_first_response ON discussion_entry (created_at, case_id)
    WHERE kind = 'LOG' AND publishable = TRUE;
-- The ratings given in a period, with the case they rate and the value, read without the table.
CREATE INDEX ix_satisfaction_rating_created ON satisfaction_rating (created_at) INCLUDE (case_id, rating);
