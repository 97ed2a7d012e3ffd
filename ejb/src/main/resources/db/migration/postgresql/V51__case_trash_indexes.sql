-- The trash page and the purge job range over the deleted cases by when they were deleted: a partial index holds only
-- them, so it stays as small as the trash.
CREATE INDEX ix_case_trash ON support_case (deleted_at, id) WHERE deleted_at IS NOT NULL;

-- Every query over cases now also reads "deleted_at IS NULL" (AccessRule). The counts answered by index-only scans
-- (the department queue's count, the statistics) would otherwise visit the table for that column: these indexes are
-- rebuilt over the cases not deleted, which PostgreSQL matches to the condition and keeps scanning index-only.
DROP INDEX ix_case_department_access;
CREATE INDEX ix_case_department_access ON support_case (department_id, access_level, holder_id, id)
    WHERE deleted_at IS NULL;
DROP INDEX ix_case_company_opened_stats;
CREATE INDEX ix_case_company_opened_stats ON support_case (company_id, opened_at)
    INCLUDE (status, priority, department_id, access_level, holder_id) WHERE deleted_at IS NULL;
DROP INDEX ix_case_company_closed_stats;
CREATE INDEX ix_case_company_closed_stats ON support_case (company_id, closed_at)
    INCLUDE (department_id, access_level, holder_id) WHERE deleted_at IS NULL;
