-- The department queue's count (every page shows it) reads only this index on PostgreSQL, an index-only scan:
-- department, the two columns of the access rule, and the id the provider counts (COUNT(id)).
CREATE INDEX ix_case_department_access ON support_case (department_id, access_level, holder_id, id);
