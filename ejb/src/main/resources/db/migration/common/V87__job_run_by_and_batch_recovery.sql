-- Which server instance runs a party import's or a consumption report's job (issue 18, fault 5): the reader records
-- its instance (server_instance, V86) with the execution when it opens. A job whose instance is gone while the job
-- repository still calls its execution running was killed with its server: the holder of the batch-recovery lease
-- restarts it from its checkpoint, on whichever server holds the lease, in a cluster or alone.
ALTER TABLE party_import ADD COLUMN run_by VARCHAR(300);
ALTER TABLE consumption_report ADD COLUMN run_by VARCHAR(300);
INSERT INTO cluster_lease (name, holder, expires_at) VALUES ('batch-recovery', NULL, TIMESTAMP '2000-01-01 00:00:00');
-- Jobs left unfinished before this migration ran on an instance nobody recorded, gone now (every server restarts to
-- migrate): they are named after one, gone at once, so the first round resumes them as the old rule did.
INSERT INTO server_instance (id, started_at, alive_until) VALUES ('before-V87', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
UPDATE party_import SET run_by = 'before-V87' WHERE finished_at IS NULL AND job_execution_id IS NOT NULL;
UPDATE consumption_report SET run_by = 'before-V87' WHERE finished_at IS NULL AND job_execution_id IS NOT NULL;
