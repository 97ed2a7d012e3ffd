-- The trash (SPEC C10, seed 004 §4.2): a deleted case keeps its row, with who deleted it and when, until the purge
-- job removes it 7 days later. Every query over cases reads "not deleted" through the access rule (AccessRule).
ALTER TABLE support_case ADD COLUMN deleted_at TIMESTAMP;
ALTER TABLE support_case ADD COLUMN deleted_by_id BIGINT;
ALTER TABLE support_case ADD CONSTRAINT fk_case_deleted_by FOREIGN KEY (deleted_by_id) REFERENCES agent (id);

-- The audit trail outlives the cases it tells of: a purged case leaves its audit rows and a tombstone row, so the
-- trail stays append-only. Its case_id therefore no longer references support_case. Dropping the column drops its
-- foreign key on both databases without naming it (H2 names it by itself), so the column is copied and replaced.
DROP INDEX ix_case_audit_case;
ALTER TABLE case_audit ADD COLUMN audited_case_id BIGINT;
UPDATE case_audit SET audited_case_id = case_id;
ALTER TABLE case_audit DROP COLUMN case_id;
ALTER TABLE case_audit RENAME COLUMN audited_case_id TO case_id;
ALTER TABLE case_audit ALTER COLUMN case_id SET NOT NULL;
CREATE INDEX ix_case_audit_case ON case_audit (case_id, changed_at);
