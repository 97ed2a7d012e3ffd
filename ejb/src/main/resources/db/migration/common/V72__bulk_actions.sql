-- Bulk actions as jobs (issue 14): an understanding or a transfer applied by a Jakarta Batch job to the cases an
-- agent selected (or a whole filtered queue tab), captured when it was started. Each case's outcome is written in
-- the same transaction as its change, so a restarted job finds what it already did and does it no second time.
CREATE SEQUENCE bulk_action_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE bulk_action (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    kind                 VARCHAR(20)   NOT NULL,
    started_by_id        BIGINT        NOT NULL REFERENCES agent (id),
    started_at           TIMESTAMP     NOT NULL,
    body                 VARCHAR(4000),
    target_department_id BIGINT        REFERENCES department (id),
    target_agent_id      BIGINT        REFERENCES agent (id),
    reason               VARCHAR(4000),
    total_cases          INTEGER       NOT NULL,
    job_execution_id     BIGINT
);
CREATE INDEX ix_bulk_action_started_by ON bulk_action (started_by_id, id);

-- One row per case of an action: outcome NULL (still to do), DONE or REFUSED with the message key of the refusal.
-- No foreign key to support_case: the purge deletes cases for good, and an action's report outlives them.
CREATE TABLE bulk_action_case (
    bulk_action_id BIGINT      NOT NULL REFERENCES bulk_action (id),
    case_id        BIGINT      NOT NULL,
    outcome        VARCHAR(10),
    refusal        VARCHAR(80),
    PRIMARY KEY (bulk_action_id, case_id)
);
CREATE INDEX ix_bulk_action_case_outcome ON bulk_action_case (bulk_action_id, outcome);
